package org.nlmg.edition.content;

import java.util.List;

import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.model.Source;

/**
 * Stage 2 of loading: one content file with its front matter read into the fields of its
 * kind, and its Markdown body still to render.
 */
/**
 * @param aliases other slugs of the same kind that answer with a permanent redirect here:
 * a page's old names
 */
record ParsedFile(ContentFile file, ContentKind kind, String slug, Fields fields, List<Ref> aliases, String body,
		int bodyFirstLine) {

	String name() {
		return this.file.displayName();
	}

	/** A slug named in front matter, with the line it stands on. */
	record Ref(String slug, int line) {
	}

	/** A theme's or symbol's note in a chapter's front matter. */
	record Note(Ref subject, String markdown, int line) {
	}

	/**
	 * What a kind's front matter holds; null where a required key was missing (already
	 * reported).
	 */
	sealed interface Fields permits ChapterFields, CharacterFields, TitledFields, TermFields, SourceFields, QuizFields {

		String title();

	}

	/**
	 * @param synopsis the paragraph for the one-page summaries, or null when it is
	 * missing (already reported)
	 */
	record ChapterFields(int number, int numberLine, String title, String timeLayer, String description, Prose synopsis,
			List<Ref> characters, List<Ref> terms, List<Note> themes, List<Note> symbols) implements Fields {
	}

	/** Markdown written in front matter, with the line it starts on. */
	record Prose(String markdown, int line) {
	}

	/**
	 * A quiz on a chapter or on a part: exactly one of the two is set.
	 *
	 * @param keyLine the line of its {@code chapter:} or {@code part:} key
	 */
	record QuizFields(Integer chapter, Part part, int keyLine, String title) implements Fields {

		/** The last chapter the quiz may draw on. */
		int lastChapter() {
			return (this.chapter != null) ? this.chapter : this.part.getLastChapter();
		}

		/** How many questions the quiz must have. */
		int fewestQuestions() {
			return (this.chapter != null) ? 6 : 15;
		}

		int mostQuestions() {
			return (this.chapter != null) ? 10 : 20;
		}

	}

	record CharacterFields(String title, String description, NovelCharacter.Role role,
			List<RelationshipFields> relationships, Integer introducedIn) implements Fields {
	}

	record RelationshipFields(String type, Ref with, Integer chapter) {
	}

	/** Themes, symbols and free pages: a title and a description. */
	record TitledFields(String title, String description) implements Fields {
	}

	record TermFields(String title, int introducedIn) implements Fields {
	}

	record SourceFields(String title, String description, Source.Facts facts) implements Fields {
	}

}
