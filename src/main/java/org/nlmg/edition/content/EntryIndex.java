package org.nlmg.edition.content;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nlmg.edition.content.ParsedFile.ChapterFields;
import org.nlmg.edition.content.ParsedFile.CharacterFields;
import org.nlmg.edition.content.ParsedFile.Note;
import org.nlmg.edition.content.ParsedFile.QuizFields;
import org.nlmg.edition.content.ParsedFile.Ref;
import org.nlmg.edition.content.ParsedFile.SourceFields;
import org.nlmg.edition.content.ParsedFile.TermFields;
import org.nlmg.edition.model.ChapterTied;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.Quiz;

/**
 * Stage 3: every entry of the edition by kind and slug (and characters by alias too),
 * with what a link to it needs: its address, its label and the chapter that introduces
 * it. Built from front matter alone, before any body is rendered, so that every
 * cross-link can be resolved as it is met.
 */
final class EntryIndex {

	/** What the edition knows of an entry before its body is rendered. */
	record Indexed(ParsedFile file, String url, String linkLabel, Integer introducedIn) {

		ContentKind kind() {
			return this.file.kind();
		}

		String slug() {
			return this.file.slug();
		}

		/**
		 * The address of an anchor on this entry's page (a glossary term's anchors stand
		 * on the glossary).
		 */
		String url(String anchor) {
			return (anchor == null) ? this.url : kind().hasOwnPage() ? this.url + "#" + anchor : kind().url(anchor);
		}

	}

	private final Map<ContentKind, Map<String, Indexed>> bySlug = new EnumMap<>(ContentKind.class);

	private final Map<ContentKind, Map<String, Indexed>> byAlias = new EnumMap<>(ContentKind.class);

	private EntryIndex() {
		for (ContentKind kind : ContentKind.values()) {
			this.bySlug.put(kind, new LinkedHashMap<>());
			this.byAlias.put(kind, new LinkedHashMap<>());
		}
	}

	/**
	 * Indexes the files; a second file with a taken slug or alias is reported and left
	 * out.
	 */
	static EntryIndex of(List<ParsedFile> files, Problems problems) {
		Map<String, Integer> introducedByChapters = firstChapters(files);
		EntryIndex index = new EntryIndex();
		for (ParsedFile file : files) {
			Indexed indexed = new Indexed(file, file.kind().url(file.slug()), linkLabel(file),
					introducedIn(file, introducedByChapters));
			Indexed previous = index.bySlug.get(file.kind()).putIfAbsent(file.slug(), indexed);
			if (previous != null) {
				int line = (file.fields() instanceof ChapterFields chapter) ? chapter.numberLine()
						: (file.fields() instanceof QuizFields quiz) ? quiz.keyLine() : 1;
				problems.add(file.name(), line, "duplicate " + file.kind().linkPrefix() + " '" + file.slug()
						+ "': already defined in " + previous.file().name());
			}
		}
		for (Indexed entry : index.all()) {
			ContentKind kind = entry.file().kind();
			for (Ref alias : entry.file().aliases()) {
				Indexed other = index.bySlug.get(kind).get(alias.slug());
				Indexed aliased = (other != null) ? null : index.byAlias.get(kind).putIfAbsent(alias.slug(), entry);
				if (other != null) {
					problems.add(entry.file().name(), alias.line(),
							"duplicate slug: alias '" + alias.slug() + "' is also the slug of " + other.file().name());
				}
				else if (aliased != null) {
					problems.add(entry.file().name(), alias.line(),
							"duplicate slug: alias '" + alias.slug() + "' is already an alias of " + aliased.slug());
				}
			}
		}
		return index;
	}

	Optional<Indexed> find(ContentKind kind, String slug) {
		Indexed found = this.bySlug.get(kind).get(slug);
		return Optional.ofNullable((found != null) ? found : this.byAlias.get(kind).get(slug));
	}

	List<Indexed> all() {
		return this.bySlug.values().stream().flatMap((entries) -> entries.values().stream()).toList();
	}

	private static String linkLabel(ParsedFile file) {
		if (file.fields() instanceof ChapterFields chapter) {
			return Chapter.label(chapter.number());
		}
		if (file.fields() instanceof QuizFields quiz) {
			return Quiz.label(quiz.chapter(), quiz.part());
		}
		if (file.fields() instanceof SourceFields source && source.facts().shortName() != null) {
			return source.facts().shortName();
		}
		// A title can be missing only while its file is being reported as broken.
		return (file.fields().title() != null) ? file.fields().title() : file.slug();
	}

	/**
	 * A chapter introduces itself; a term, where its front matter says; a character, in
	 * the first chapter that lists them (or earlier, where their front matter says they
	 * are talked about first); a symbol, in the first chapter that notes it.
	 */
	private static Integer introducedIn(ParsedFile file, Map<String, Integer> introducedByChapters) {
		Integer byChapters = introducedByChapters.get(key(file.kind(), file.slug()));
		if (file.fields() instanceof ChapterFields chapter) {
			return chapter.number();
		}
		if (file.fields() instanceof TermFields term) {
			return term.introducedIn();
		}
		if (file.fields() instanceof QuizFields quiz) {
			return quiz.lastChapter();
		}
		if (file.fields() instanceof CharacterFields character) {
			return ChapterTied.earliest(character.introducedIn(), byChapters);
		}
		return byChapters;
	}

	/**
	 * For each character and symbol that a chapter names, the first chapter that names
	 * it.
	 */
	private static Map<String, Integer> firstChapters(List<ParsedFile> files) {
		Map<String, String> aliases = new LinkedHashMap<>();
		for (ParsedFile file : files) {
			if (file.kind() == ContentKind.CHARACTER) {
				file.aliases().forEach((alias) -> aliases.putIfAbsent(alias.slug(), file.slug()));
			}
		}
		Map<String, Integer> first = new LinkedHashMap<>();
		for (ParsedFile file : files) {
			if (file.fields() instanceof ChapterFields chapter) {
				for (Ref character : chapter.characters()) {
					String slug = aliases.getOrDefault(character.slug(), character.slug());
					first.merge(key(ContentKind.CHARACTER, slug), chapter.number(), Math::min);
				}
				for (Note symbol : chapter.symbols()) {
					first.merge(key(ContentKind.SYMBOL, symbol.subject().slug()), chapter.number(), Math::min);
				}
			}
		}
		return first;
	}

	private static String key(ContentKind kind, String slug) {
		return kind.name() + ":" + slug;
	}

}
