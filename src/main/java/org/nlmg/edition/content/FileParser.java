package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nlmg.edition.content.FrontMatter.Value;
import org.nlmg.edition.content.ParsedFile.Ages;
import org.nlmg.edition.content.ParsedFile.ChapterFields;
import org.nlmg.edition.content.ParsedFile.CharacterFields;
import org.nlmg.edition.content.ParsedFile.Fields;
import org.nlmg.edition.content.ParsedFile.Note;
import org.nlmg.edition.content.ParsedFile.Prose;
import org.nlmg.edition.content.ParsedFile.QuizFields;
import org.nlmg.edition.content.ParsedFile.Ref;
import org.nlmg.edition.content.ParsedFile.RelationshipFields;
import org.nlmg.edition.content.ParsedFile.SourceFields;
import org.nlmg.edition.content.ParsedFile.TermFields;
import org.nlmg.edition.content.ParsedFile.TitledFields;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.model.Quiz;
import org.nlmg.edition.model.Source;

/**
 * Stage 2: reads a file's place in the folders and its front matter. A file that cannot
 * become an entry at all (wrong folder, bad name, no chapter number) is reported and left
 * out, so that it causes no follow-on problems.
 */
final class FileParser {

	private static final Set<String> RESERVED_PAGE_SLUGS = Set.of("chapters", "characters", "themes", "symbols",
			"glossary", "sources", "quizzes", "key-phrases", "summary", "css", "js", "error", "search",
			"reading-position");

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	private final Problems problems;

	FileParser(Problems problems) {
		this.problems = problems;
	}

	Optional<ParsedFile> parse(ContentFile file) {
		String name = file.displayName();
		String[] segments = file.path().split("/");
		Optional<ContentKind> kind = (segments.length == 2) ? ContentKind.forFolder(segments[0]) : Optional.empty();
		if (kind.isEmpty()) {
			this.problems.add(name, 0, "content files belong in one of the folders "
					+ String.join(", ", Arrays.stream(ContentKind.values()).map(ContentKind::folder).toList()));
			return Optional.empty();
		}
		String slug = segments[1].replaceFirst("\\.md$", "");
		if (!slug.matches(SLUG)) {
			this.problems.add(name, 0, "the file name '" + segments[1]
					+ "' must be a slug: lowercase letters, digits and hyphens, ending in .md");
			return Optional.empty();
		}
		if (kind.get() == ContentKind.PAGE && RESERVED_PAGE_SLUGS.contains(slug)) {
			this.problems.add(name, 0, "'" + slug + "' is taken by the edition's own pages: rename the file");
			return Optional.empty();
		}
		if (file.fault() != null) {
			this.problems.add(name, file.fault().line(), file.fault().reason());
		}
		FrontMatter.Split split = FrontMatter.read(name, file.text().replace("\r\n", "\n"), this.problems);
		FrontMatter frontMatter = split.frontMatter();
		Fields fields = switch (kind.get()) {
			case CHAPTER -> chapter(frontMatter, slug);
			case CHARACTER -> character(frontMatter);
			case THEME, SYMBOL, PAGE -> new TitledFields(text(frontMatter.requiredText("title")),
					text(frontMatter.requiredText("description")));
			case TERM -> term(frontMatter);
			case SOURCE -> source(frontMatter);
			case QUIZ -> quiz(frontMatter);
		};
		List<Ref> aliases = aliases(frontMatter, kind.get());
		frontMatter.rejectUnknownKeys(allowedKeys(kind.get()));
		// A chapter (and a quiz) is known by its number, whatever its file is called.
		String entrySlug = (fields instanceof ChapterFields chapter) ? String.valueOf(chapter.number())
				: (fields instanceof QuizFields quiz) ? Quiz.slug(quiz.chapter(), quiz.part()) : slug;
		return Optional.ofNullable(fields)
			.map((f) -> new ParsedFile(file, kind.get(), entrySlug, f, aliases, split.body(), split.bodyFirstLine()));
	}

	/**
	 * A page's old slugs, which answer with a permanent redirect. Chapters keep their
	 * numbers and terms their anchors, so they have none.
	 */
	private List<Ref> aliases(FrontMatter frontMatter, ContentKind kind) {
		List<Ref> aliases = new ArrayList<>();
		if (kind == ContentKind.CHAPTER || kind == ContentKind.TERM || kind == ContentKind.QUIZ) {
			return aliases;
		}
		for (Value alias : frontMatter.list("aliases")) {
			if (!alias.text().matches(SLUG)) {
				frontMatter.problem(alias.line(),
						"alias '" + alias.text() + "' must be a slug: lowercase letters, digits and hyphens");
			}
			else if (kind == ContentKind.PAGE && RESERVED_PAGE_SLUGS.contains(alias.text())) {
				frontMatter.problem(alias.line(), "alias '" + alias.text() + "' is taken by the edition's own pages");
			}
			else {
				aliases.add(new Ref(alias.text(), alias.line()));
			}
		}
		return aliases;
	}

	private static Set<String> allowedKeys(ContentKind kind) {
		return switch (kind) {
			case CHAPTER -> Set.of("number", "title", "time", "ages", "description", "synopsis", "characters", "themes",
					"symbols", "terms");
			case CHARACTER -> Set.of("name", "description", "role", "aliases", "relationships", "introduced-in");
			case THEME, SYMBOL, PAGE -> Set.of("title", "description", "aliases");
			case TERM -> Set.of("term", "introduced-in");
			case SOURCE -> Set.of("title", "description", "author", "publisher", "date", "genre", "web-address", "seed",
					"short-name", "cite-title", "container", "aliases");
			case QUIZ -> Set.of("chapter", "part", "title");
		};
	}

	private ChapterFields chapter(FrontMatter frontMatter, String fileSlug) {
		Integer number = frontMatter.requiredNumber("number");
		if (number == null && frontMatter.isBroken() && fileSlug.matches("chapter-\\d{1,2}")) {
			// Known by its file name, the chapter still answers the links to it: one
			// broken file is reported once, not again by every file that links to it.
			number = Integer.valueOf(fileSlug.substring("chapter-".length()));
		}
		String title = text(frontMatter.requiredText("title"));
		String time = text(frontMatter.requiredText("time"));
		Ages ages = ages(frontMatter);
		String description = text(frontMatter.requiredText("description"));
		Value synopsisValue = frontMatter.requiredText("synopsis");
		Prose synopsis = (synopsisValue != null) ? new Prose(synopsisValue.text(), synopsisValue.line()) : null;
		List<Ref> characters = refs(frontMatter.list("characters"));
		List<Ref> terms = refs(frontMatter.list("terms"));
		List<Note> themes = notes(frontMatter.map("themes"));
		List<Note> symbols = notes(frontMatter.map("symbols"));
		if (number == null) {
			return null;
		}
		if (!Part.isChapter(number)) {
			frontMatter.problem(frontMatter.lineOfKey("number"),
					"chapter number " + number + " is outside the novel: it has chapters 1–" + Part.LAST_CHAPTER);
			return null;
		}
		return new ChapterFields(number, frontMatter.lineOfKey("number"), title, time, ages, description, synopsis,
				characters, terms, themes, symbols);
	}

	/** A quiz names the chapter it is on, or the part: one of the two. */
	private QuizFields quiz(FrontMatter frontMatter) {
		Value chapter = frontMatter.optionalText("chapter");
		Value part = frontMatter.optionalText("part");
		String title = text(frontMatter.requiredText("title"));
		if ((chapter == null) == (part == null)) {
			frontMatter.problem(1,
					"a quiz names the chapter it is on ('chapter: 6') or the part ('part: 2'): one of the two");
			return null;
		}
		if (chapter != null) {
			Integer number = frontMatter.chapter("chapter", chapter);
			return (number != null) ? new QuizFields(number, null, chapter.line(), title) : null;
		}
		Integer number = frontMatter.number("part", part);
		if (number != null && (number < 1 || number > Part.values().length)) {
			frontMatter.problem(part.line(),
					"part " + number + " is outside the novel: it has parts 1–" + Part.values().length);
			return null;
		}
		return (number != null) ? new QuizFields(null, Part.values()[number - 1], part.line(), title) : null;
	}

	/** Kathy's age at the time of a chapter: one or two numbers, between 1 and 31. */
	private static Ages ages(FrontMatter frontMatter) {
		List<Value> values = frontMatter.list("ages");
		if (values.isEmpty()) {
			return Ages.NONE;
		}
		int line = frontMatter.lineOfKey("ages");
		List<Integer> numbers = new ArrayList<>();
		for (Value value : values) {
			Integer number = frontMatter.number("ages", value);
			if (number == null) {
				return Ages.NONE;
			}
			numbers.add(number);
		}
		int from = numbers.get(0);
		int to = numbers.get(numbers.size() - 1);
		if (numbers.size() > 2 || from < 1 || to > Chapter.NARRATOR_AGE || from > to) {
			frontMatter.problem(line, "'ages' must be one age or two, youngest first, between 1 and "
					+ Chapter.NARRATOR_AGE + " (Kathy's age as she tells the story), like [9, 11]");
			return Ages.NONE;
		}
		return new Ages(from, to);
	}

	private CharacterFields character(FrontMatter frontMatter) {
		String name = text(frontMatter.requiredText("name"));
		String description = text(frontMatter.requiredText("description"));
		NovelCharacter.Role role = choice(frontMatter, "role", NovelCharacter.Role.class);
		List<RelationshipFields> relationships = new ArrayList<>();
		for (Map<String, Value> relationship : frontMatter.records("relationships",
				Set.of("type", "with", "chapter"))) {
			Value type = relationship.get("type");
			Value with = relationship.get("with");
			if (type == null || with == null) {
				frontMatter.problem(frontMatter.lineOfKey("relationships"),
						"each relationship needs a type and a with");
				continue;
			}
			Integer chapter = (relationship.get("chapter") != null)
					? frontMatter.chapter("chapter", relationship.get("chapter")) : null;
			relationships.add(new RelationshipFields(type.text(), new Ref(with.text(), with.line()), chapter));
		}
		Value introduced = frontMatter.optionalText("introduced-in");
		Integer introducedIn = (introduced != null) ? frontMatter.chapter("introduced-in", introduced) : null;
		return new CharacterFields(name, description, role, relationships, introducedIn);
	}

	private TermFields term(FrontMatter frontMatter) {
		String term = text(frontMatter.requiredText("term"));
		Value introduced = frontMatter.requiredText("introduced-in");
		Integer introducedIn = (introduced != null) ? frontMatter.chapter("introduced-in", introduced) : null;
		return new TermFields(term, (introducedIn != null) ? introducedIn : 1);
	}

	private SourceFields source(FrontMatter frontMatter) {
		Source.Facts facts = new Source.Facts(choice(frontMatter, "genre", Source.Genre.class),
				text(frontMatter.requiredText("author")), text(frontMatter.requiredText("publisher")),
				text(frontMatter.requiredText("date")), text(frontMatter.optionalText("web-address")),
				text(frontMatter.requiredText("seed")), text(frontMatter.optionalText("short-name")),
				text(frontMatter.optionalText("cite-title")), text(frontMatter.optionalText("container")));
		return new SourceFields(text(frontMatter.requiredText("title")), text(frontMatter.requiredText("description")),
				facts);
	}

	private static List<Ref> refs(List<Value> values) {
		return values.stream().map((value) -> new Ref(value.text(), value.line())).toList();
	}

	private static List<Note> notes(Map<Value, Value> values) {
		List<Note> notes = new ArrayList<>();
		values
			.forEach((slug, text) -> notes.add(new Note(new Ref(slug.text(), slug.line()), text.text(), text.line())));
		return notes;
	}

	private static <E extends Enum<E>> E choice(FrontMatter frontMatter, String key, Class<E> type) {
		Value value = frontMatter.requiredText(key);
		if (value == null) {
			return null;
		}
		String constant = value.text().strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E option : type.getEnumConstants()) {
			if (option.name().equals(constant)) {
				return option;
			}
		}
		frontMatter.problem(value.line(),
				"'" + key + "' must be one of "
						+ String.join(", ",
								Arrays.stream(type.getEnumConstants())
									.map((option) -> option.name().toLowerCase(Locale.ROOT).replace('_', '-'))
									.toList())
						+ ", not '" + value.text() + "'");
		return null;
	}

	private static String text(Value value) {
		return (value != null) ? value.text().strip() : null;
	}

}
