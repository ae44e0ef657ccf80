package org.nlmg.edition.model;

import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

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

	protected NovelCharacter() {
	}

	public NovelCharacter(String slug, String name, String description, Role role, String sourcePath,
			Integer introducedIn, List<RenderedSection> sections) {
		super(slug, name, description, sourcePath, introducedIn, sections);
		this.role = role;
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

}
