package org.nlmg.edition.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * One page of the edition, projected from one Markdown file and built complete: nothing
 * changes it once it is made. Subclasses add what their kind's front matter carries.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Entry implements ChapterTied {

	@Id
	@GeneratedValue
	private Long id;

	private String slug;

	@Column(length = 1000)
	private String title;

	@Column(length = 2000)
	private String description;

	/** The file this entry came from, relative to the content folder. */
	private String sourcePath;

	/**
	 * The chapter in which the reader meets this entry (a chapter's own number, a term's
	 * first use, a character's first appearance), or null when it belongs to no chapter.
	 */
	private Integer introducedIn;

	@OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
	@OrderBy("position")
	private List<Section> sections = new ArrayList<>();

	protected Entry() {
	}

	protected Entry(String slug, String title, String description, String sourcePath, Integer introducedIn,
			List<RenderedSection> sections) {
		this.slug = slug;
		this.title = title;
		this.description = description;
		this.sourcePath = sourcePath;
		this.introducedIn = introducedIn;
		for (RenderedSection section : sections) {
			this.sections.add(new Section(this, this.sections.size(), section));
		}
	}

	public abstract ContentKind getKind();

	/** The label a cross-link shows when the author gives none. */
	public String getLinkLabel() {
		return this.title;
	}

	public String getUrl() {
		return getKind().url(this.slug);
	}

	/**
	 * The address of an anchor on this entry's page (a glossary term's anchors stand on
	 * the glossary).
	 */
	public String getUrl(String anchor) {
		if (anchor == null) {
			return getUrl();
		}
		return getKind().hasOwnPage() ? getUrl() + "#" + anchor : getKind().url(anchor);
	}

	public Integer getIntroducedIn() {
		return this.introducedIn;
	}

	@Override
	public Integer getTiedChapter() {
		return this.introducedIn;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getSourcePath() {
		return this.sourcePath;
	}

	public List<Section> getSections() {
		return List.copyOf(this.sections);
	}

}
