package org.nlmg.edition.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OrderColumn;

/**
 * A character of the novel ({@code Character} would shadow {@link java.lang.Character}).
 */
@Entity
@DiscriminatorValue("character")
public class NovelCharacter extends Entry {

	public enum Role {

		MAIN, MINOR

	}

	@Enumerated(EnumType.STRING)
	private Role role;

	/** Other slugs that redirect here: Madame is also Marie-Claude. */
	@ElementCollection
	@OrderColumn
	private List<String> aliases = new ArrayList<>();

	protected NovelCharacter() {
	}

	public NovelCharacter(String slug, String name, String description, Role role, List<String> aliases,
			String sourcePath, Integer introducedIn, List<RenderedSection> sections) {
		super(slug, name, description, sourcePath, introducedIn, sections);
		this.role = role;
		this.aliases.addAll(aliases);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.CHARACTER;
	}

	public String getName() {
		return getTitle();
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isMain() {
		return this.role == Role.MAIN;
	}

	public List<String> getAliases() {
		return List.copyOf(this.aliases);
	}

}
