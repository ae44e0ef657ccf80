package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.nlmg.edition.article.Article;
import org.nlmg.edition.chapter.Chapter;
import org.nlmg.edition.chapter.ChapterNote;
import org.nlmg.edition.chapter.Part;
import org.nlmg.edition.character.NovelCharacter;
import org.nlmg.edition.content.FrontMatter.Value;
import org.nlmg.edition.content.MarkdownRenderer.FoundLink;
import org.nlmg.edition.content.MarkdownRenderer.RenderedBody;
import org.nlmg.edition.glossary.Term;
import org.nlmg.edition.source.Source;
import org.nlmg.edition.symbol.Symbol;
import org.nlmg.edition.theme.Theme;

/**
 * Reads the content files into entries: front matter first (so that every cross-link has a target
 * to resolve to), then bodies, then the checks that need the whole edition. Every problem is
 * collected, and all of them are thrown together.
 */
public final class ContentReader {

	private static final Set<String> RESERVED_PAGE_SLUGS = Set.of("chapters", "characters", "themes", "symbols",
			"glossary", "sources", "css", "js", "error", "search", "reading-position");

	private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	/** A file whose front matter has been read, waiting for its body to be rendered. */
	private record Pending(ContentFile file, Entry entry, FrontMatter frontMatter, String body, int bodyFirstLine) {
	}

	public Edition read(List<ContentFile> files) {
		Problems problems = new Problems();
		Map<ContentKind, Map<String, Entry>> bySlug = new EnumMap<>(ContentKind.class);
		for (ContentKind kind : ContentKind.values()) {
			bySlug.put(kind, new LinkedHashMap<>());
		}
		Map<String, NovelCharacter> aliases = new LinkedHashMap<>();
		List<Pending> pending = new ArrayList<>();

		for (ContentFile file : files) {
			Pending read = readFrontMatter(file, problems);
			if (read == null) {
				continue;
			}
			Entry previous = bySlug.get(read.entry().getKind()).putIfAbsent(read.entry().getSlug(), read.entry());
			if (previous != null) {
				problems.add(file.displayName(), (read.entry() instanceof Chapter) ? read.frontMatter().lineOfKey("number") : 1,
						"duplicate " + read.entry().getKind().linkPrefix() + " '" + read.entry().getSlug()
								+ "': already defined in content/" + previous.getSourcePath());
				continue;
			}
			pending.add(read);
			if (read.entry() instanceof NovelCharacter character) {
				for (String alias : character.getAliases()) {
					NovelCharacter other = aliases.putIfAbsent(alias, character);
					if (other != null) {
						problems.add(file.displayName(), read.frontMatter().lineOfKey("aliases"),
								"duplicate slug: alias '" + alias + "' is already an alias of " + other.getSlug());
					}
				}
			}
		}
		aliases.forEach((alias, character) -> {
			if (bySlug.get(ContentKind.CHARACTER).containsKey(alias)) {
				problems.add("content/" + character.getSourcePath(), 1, "duplicate slug: alias '" + alias
						+ "' is also the slug of content/" + bySlug.get(ContentKind.CHARACTER).get(alias).getSourcePath());
			}
		});

		MarkdownRenderer.LinkTargets targets = (kind, slug) -> {
			Entry entry = bySlug.get(kind).get(slug);
			if (entry == null && kind == ContentKind.CHARACTER) {
				entry = aliases.get(slug);
			}
			return Optional.ofNullable(entry);
		};

		List<CrossReference> crossReferences = new ArrayList<>();
		List<Runnable> anchorChecks = new ArrayList<>();
		// Every reference first, so that each character and symbol knows the chapter it first appears
		// in before any prose is rendered: its cross-links carry that chapter.
		List<Runnable> noteRenderings = new ArrayList<>();
		for (Pending read : pending) {
			resolveFrontMatterReferences(read, targets, problems, noteRenderings);
		}
		noteRenderings.forEach(Runnable::run);
		for (Pending read : pending) {
			Integer defaultChapter = (read.entry() instanceof Chapter chapter) ? chapter.getNumber() : null;
			// Glossary terms share one page, so each term's ids start with its slug.
			String idPrefix = read.entry().getKind().hasOwnPage() ? "" : read.entry().getSlug() + "-";
			RenderedBody body = this.renderer.render(read.file().displayName(), read.body(), read.bodyFirstLine(),
					defaultChapter, idPrefix, targets, problems);
			body.sections().forEach((section) -> read.entry().addSection(section.toSection()));
			for (FoundLink link : body.links()) {
				if (link.target() != read.entry()) {
					crossReferences.add(new CrossReference(read.entry(), link.sectionAnchor(), link.sectionChapter(), link.target()));
				}
				if (link.anchor() != null) {
					anchorChecks.add(() -> {
						if (!link.target().hasAnchor(link.anchor())) {
							problems.add(read.file().displayName(), link.line(), "cross-link to " + link.target().getUrl() + "#"
									+ link.anchor() + ": that page has no anchor '" + link.anchor() + "'");
						}
					});
				}
			}
		}
		anchorChecks.forEach(Runnable::run);
		checkChapterSequence(pending, problems);
		problems.throwIfAny();
		// Chapters last: they refer to characters, themes, symbols and terms, which must be stored first.
		List<Entry> entries = pending.stream()
			.map(Pending::entry)
			.sorted(Comparator.comparing((Entry entry) -> entry instanceof Chapter))
			.toList();
		return new Edition(entries, crossReferences);
	}

	private Pending readFrontMatter(ContentFile file, Problems problems) {
		String name = file.displayName();
		String[] segments = file.path().split("/");
		Optional<ContentKind> kind = (segments.length == 2) ? ContentKind.forFolder(segments[0]) : Optional.empty();
		if (kind.isEmpty()) {
			problems.add(name, 0, "content files belong in one of the folders "
					+ String.join(", ", Arrays.stream(ContentKind.values()).map(ContentKind::folder).toList()));
			return null;
		}
		String slug = segments[1].replaceFirst("\\.md$", "");
		if (!slug.matches(SLUG)) {
			problems.add(name, 0, "the file name '" + segments[1]
					+ "' must be a slug: lowercase letters, digits and hyphens, ending in .md");
			return null;
		}
		FrontMatter.Split split = FrontMatter.read(name, file.text().replace("\r\n", "\n"), problems);
		FrontMatter frontMatter = split.frontMatter();
		Entry entry = switch (kind.get()) {
			case CHAPTER -> chapter(file, frontMatter, problems);
			case CHARACTER -> character(file, slug, frontMatter);
			case THEME -> new Theme(slug, text(frontMatter.requiredText("title")),
					text(frontMatter.requiredText("description")), file.path());
			case SYMBOL -> new Symbol(slug, text(frontMatter.requiredText("title")),
					text(frontMatter.requiredText("description")), file.path());
			case TERM -> term(file, slug, frontMatter, problems);
			case SOURCE -> source(file, slug, frontMatter);
			case PAGE -> page(file, slug, frontMatter, problems);
		};
		frontMatter.rejectUnknownKeys(allowedKeys(kind.get()));
		return (entry != null) ? new Pending(file, entry, frontMatter, split.body(), split.bodyFirstLine()) : null;
	}

	private static Set<String> allowedKeys(ContentKind kind) {
		return switch (kind) {
			case CHAPTER -> Set.of("number", "title", "time", "description", "characters", "themes", "symbols", "terms");
			case CHARACTER -> Set.of("name", "description", "role", "aliases", "relationships", "first-mentioned");
			case THEME, SYMBOL, PAGE -> Set.of("title", "description");
			case TERM -> Set.of("term", "first-chapter");
			case SOURCE -> Set.of("title", "description", "author", "publisher", "date", "kind", "url", "seed", "short",
					"cite-title", "in");
		};
	}

	private static Chapter chapter(ContentFile file, FrontMatter frontMatter, Problems problems) {
		Integer number = frontMatter.requiredNumber("number");
		String title = text(frontMatter.requiredText("title"));
		String time = text(frontMatter.requiredText("time"));
		String description = text(frontMatter.requiredText("description"));
		if (number == null) {
			return null;
		}
		if (!Part.isChapter(number)) {
			problems.add(file.displayName(), frontMatter.lineOfKey("number"),
					"chapter number " + number + " is outside the novel: it has chapters 1–" + Part.LAST_CHAPTER);
			return null;
		}
		return new Chapter(number, title, time, description, file.path());
	}

	private static NovelCharacter character(ContentFile file, String slug, FrontMatter frontMatter) {
		String name = text(frontMatter.requiredText("name"));
		String description = text(frontMatter.requiredText("description"));
		NovelCharacter.Role role = choice(frontMatter, "role", NovelCharacter.Role.class);
		List<String> aliases = new ArrayList<>();
		for (Value alias : frontMatter.list("aliases")) {
			if (alias.text().matches(SLUG)) {
				aliases.add(alias.text());
			}
			else {
				frontMatter.problem(alias.line(), "alias '" + alias.text() + "' must be a slug: lowercase letters, digits and hyphens");
			}
		}
		NovelCharacter character = new NovelCharacter(slug, name, description, role, aliases, file.path());
		FrontMatter.Value mentioned = frontMatter.optionalText("first-mentioned");
		if (mentioned != null) {
			character.setFirstAppearance(frontMatter.chapter("first-mentioned", mentioned));
		}
		return character;
	}

	private static Term term(ContentFile file, String slug, FrontMatter frontMatter, Problems problems) {
		String term = text(frontMatter.requiredText("term"));
		Integer firstChapter = frontMatter.requiredNumber("first-chapter");
		if (firstChapter != null && !Part.isChapter(firstChapter)) {
			problems.add(file.displayName(), frontMatter.lineOfKey("first-chapter"),
					"first-chapter " + firstChapter + " is outside the novel: it has chapters 1–" + Part.LAST_CHAPTER);
			return null;
		}
		return new Term(slug, term, (firstChapter != null) ? firstChapter : 1, file.path());
	}

	private static Source source(ContentFile file, String slug, FrontMatter frontMatter) {
		Source.Genre genre = choice(frontMatter, "kind", Source.Genre.class);
		return new Source(slug, text(frontMatter.requiredText("title")), text(frontMatter.requiredText("description")),
				file.path(), genre, text(frontMatter.requiredText("author")), text(frontMatter.requiredText("publisher")),
				text(frontMatter.requiredText("date")), text(frontMatter.optionalText("url")),
				text(frontMatter.requiredText("seed")), text(frontMatter.optionalText("short")),
				text(frontMatter.optionalText("cite-title")), text(frontMatter.optionalText("in")));
	}

	private static Article page(ContentFile file, String slug, FrontMatter frontMatter, Problems problems) {
		if (RESERVED_PAGE_SLUGS.contains(slug)) {
			problems.add(file.displayName(), 0, "'" + slug + "' is taken by the edition's own pages: rename the file");
			return null;
		}
		return new Article(slug, text(frontMatter.requiredText("title")), text(frontMatter.requiredText("description")),
				file.path());
	}

	/** Front matter that names other entries: checked once every entry is known. */
	private void resolveFrontMatterReferences(Pending read, MarkdownRenderer.LinkTargets targets, Problems problems,
			List<Runnable> noteRenderings) {
		FrontMatter frontMatter = read.frontMatter();
		String file = read.file().displayName();
		if (read.entry() instanceof Chapter chapter) {
			for (Value slug : frontMatter.list("characters")) {
				resolve(targets, ContentKind.CHARACTER, slug, frontMatter, (entry) -> {
					chapter.getCharacters().add((NovelCharacter) entry);
					((NovelCharacter) entry).setFirstAppearance(chapter.getNumber());
				});
			}
			for (Value slug : frontMatter.list("terms")) {
				resolve(targets, ContentKind.TERM, slug, frontMatter, (entry) -> {
					Term term = (Term) entry;
					if (term.getFirstChapter() > chapter.getNumber()) {
						frontMatter.problem(slug.line(), "term '" + slug.text() + "' is listed here, but its first-chapter is "
								+ term.getFirstChapter());
					}
					chapter.getTerms().add(term);
				});
			}
			for (ContentKind kind : List.of(ContentKind.THEME, ContentKind.SYMBOL)) {
				frontMatter.map(kind.folder()).forEach((slug, text) -> resolve(targets, kind, slug, frontMatter, (entry) -> {
					ChapterNote note = chapter.addNote(entry);
					if (entry instanceof Symbol symbol) {
						symbol.setFirstAppearance(chapter.getNumber());
					}
					noteRenderings.add(() -> note.setHtml(this.renderer.renderNote(file, text.text(), text.line(), targets, problems)));
				}));
			}
		}
		if (read.entry() instanceof NovelCharacter character) {
			for (Map<String, Value> relationship : frontMatter.records("relationships", Set.of("type", "with", "chapter"))) {
				Value type = relationship.get("type");
				Value with = relationship.get("with");
				if (type == null || with == null) {
					frontMatter.problem(frontMatter.lineOfKey("relationships"), "each relationship needs a type and a with");
					continue;
				}
				Integer chapter = (relationship.get("chapter") != null) ? frontMatter.chapter("chapter", relationship.get("chapter")) : null;
				resolve(targets, ContentKind.CHARACTER, with, frontMatter,
						(other) -> character.addRelationship(type.text(), (NovelCharacter) other, chapter));
			}
		}
	}

	private static void resolve(MarkdownRenderer.LinkTargets targets, ContentKind kind, Value slug, FrontMatter frontMatter,
			Consumer<Entry> then) {
		targets.apply(kind, slug.text())
			.ifPresentOrElse(then, () -> frontMatter.problem(slug.line(),
					"there is no " + kind.linkPrefix() + " '" + slug.text() + "' (expected content/" + kind.folder() + "/"
							+ slug.text() + ".md)"));
	}

	private static void checkChapterSequence(List<Pending> pending, Problems problems) {
		TreeMap<Integer, Pending> chapters = new TreeMap<>();
		pending.stream()
			.filter((read) -> read.entry() instanceof Chapter)
			.forEach((read) -> chapters.put(((Chapter) read.entry()).getNumber(), read));
		int expected = 1;
		for (Map.Entry<Integer, Pending> chapter : chapters.entrySet()) {
			if (chapter.getKey() != expected) {
				String missing = (chapter.getKey() - expected == 1) ? "chapter " + expected
						: "chapters " + expected + "–" + (chapter.getKey() - 1);
				problems.add(chapter.getValue().file().displayName(), chapter.getValue().frontMatter().lineOfKey("number"),
						"gap in the chapter numbering: " + missing + " missing before chapter " + chapter.getKey());
			}
			expected = chapter.getKey() + 1;
		}
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
		frontMatter.problem(value.line(), "'" + key + "' must be one of "
				+ String.join(", ", Arrays.stream(type.getEnumConstants())
					.map((option) -> option.name().toLowerCase(Locale.ROOT).replace('_', '-'))
					.toList())
				+ ", not '" + value.text() + "'");
		return null;
	}

	private static String text(Value value) {
		return (value != null) ? value.text().strip() : null;
	}

}
