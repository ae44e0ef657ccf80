package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nlmg.edition.content.EntryIndex.Indexed;
import org.nlmg.edition.content.MarkdownRenderer.FoundLink;
import org.nlmg.edition.content.ParsedFile.ChapterFields;
import org.nlmg.edition.content.ParsedFile.CharacterFields;
import org.nlmg.edition.content.ParsedFile.Note;
import org.nlmg.edition.content.ParsedFile.QuizFields;
import org.nlmg.edition.content.ParsedFile.Ref;
import org.nlmg.edition.content.ParsedFile.RelationshipFields;
import org.nlmg.edition.content.ParsedFile.SourceFields;
import org.nlmg.edition.content.ParsedFile.TermFields;
import org.nlmg.edition.content.ParsedFile.TitledFields;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.CrossReference;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.KeyPhrase;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Page;
import org.nlmg.edition.model.Quiz;
import org.nlmg.edition.model.Redirect;
import org.nlmg.edition.model.Relationship;
import org.nlmg.edition.model.RenderedSection;
import org.nlmg.edition.model.Source;
import org.nlmg.edition.model.Symbol;
import org.nlmg.edition.model.Term;
import org.nlmg.edition.model.Theme;

/**
 * Stage 6: builds the entities from checked, rendered files, each complete when it is
 * made. Entries that others refer to come first: characters and terms before the chapters
 * that list them, entries before the notes, relationships and cross-references between
 * them.
 */
final class EntityBuilder {

	/** The section of a chapter page whose items are its key phrases. */
	static final String KEY_PHRASES = "key-phrases";

	private final EntryIndex index;

	private final Map<Indexed, Entry> built = new HashMap<>();

	EntityBuilder(EntryIndex index) {
		this.index = index;
	}

	Edition build(List<RenderedFile> files) {
		List<Entry> entries = new ArrayList<>();
		for (RenderedFile file : files) {
			if (file.parsed().kind() != ContentKind.CHAPTER) {
				entries.add(remember(file, entry(file)));
			}
		}
		List<ChapterNote> notes = new ArrayList<>();
		for (RenderedFile file : files) {
			if (file.parsed().fields() instanceof ChapterFields fields) {
				Chapter chapter = (Chapter) remember(file, chapter(file, fields));
				entries.add(chapter);
				notes.addAll(notes(chapter, fields.themes(), file.themeNotes(), ContentKind.THEME, 0));
				notes.addAll(notes(chapter, fields.symbols(), file.symbolNotes(), ContentKind.SYMBOL,
						fields.themes().size()));
			}
		}
		List<KeyPhrase> keyPhrases = new ArrayList<>();
		for (RenderedFile file : files) {
			if (file.parsed().kind() == ContentKind.CHAPTER) {
				Chapter chapter = (Chapter) this.built.get(indexed(ContentKind.CHAPTER, file.parsed().slug()));
				file.body()
					.items()
					.stream()
					.filter((item) -> KEY_PHRASES.equals(item.sectionAnchor()))
					.forEach((item) -> keyPhrases
						.add(new KeyPhrase(chapter, keyPhrases.size(), item.id(), item.sectionChapter(), item.html(),
								item.targets().stream().map(this.built::get).distinct().toList())));
			}
		}
		List<Relationship> relationships = new ArrayList<>();
		List<CrossReference> crossReferences = new ArrayList<>();
		List<Redirect> redirects = new ArrayList<>();
		for (RenderedFile file : files) {
			Entry entry = this.built.get(indexed(file.parsed().kind(), file.parsed().slug()));
			for (Ref alias : file.parsed().aliases()) {
				redirects.add(new Redirect(file.parsed().kind().url(alias.slug()), entry));
			}
			if (file.parsed().fields() instanceof CharacterFields fields) {
				for (RelationshipFields relationship : fields.relationships()) {
					relationships.add(new Relationship((NovelCharacter) entry, relationships.size(),
							relationship.type(), (NovelCharacter) find(ContentKind.CHARACTER, relationship.with()),
							relationship.chapter()));
				}
			}
			for (FoundLink link : file.body().links()) {
				Entry target = this.built.get(link.target());
				if (target != entry) {
					crossReferences.add(new CrossReference(entry, link.sectionAnchor(), link.sectionChapter(), target));
				}
			}
		}
		return new Edition(entries, notes, keyPhrases, relationships, crossReferences, redirects);
	}

	private Entry remember(RenderedFile file, Entry entry) {
		this.built.put(indexed(file.parsed().kind(), file.parsed().slug()), entry);
		return entry;
	}

	private Entry entry(RenderedFile file) {
		ParsedFile parsed = file.parsed();
		Indexed indexed = indexed(parsed.kind(), parsed.slug());
		List<RenderedSection> sections = file.body().sections();
		String path = parsed.file().path();
		if (parsed.fields() instanceof CharacterFields character) {
			return new NovelCharacter(parsed.slug(), character.title(), character.description(), character.role(), path,
					indexed.introducedIn(), sections);
		}
		if (parsed.fields() instanceof TermFields term) {
			return new Term(parsed.slug(), term.title(), term.introducedIn(), path, sections);
		}
		if (parsed.fields() instanceof QuizFields quiz) {
			return new Quiz(quiz.chapter(), quiz.part(), quiz.title(), path,
					file.questions().stream().map(QuizBody.Question::written).toList());
		}
		if (parsed.fields() instanceof SourceFields source) {
			return new Source(parsed.slug(), source.title(), source.description(), path, source.facts(), sections);
		}
		TitledFields titled = (TitledFields) parsed.fields();
		return switch (parsed.kind()) {
			case THEME ->
				new Theme(parsed.slug(), titled.title(), titled.description(), path, indexed.introducedIn(), sections);
			case SYMBOL ->
				new Symbol(parsed.slug(), titled.title(), titled.description(), path, indexed.introducedIn(), sections);
			default ->
				new Page(parsed.slug(), titled.title(), titled.description(), path, indexed.introducedIn(), sections);
		};
	}

	private Chapter chapter(RenderedFile file, ChapterFields fields) {
		List<NovelCharacter> characters = fields.characters()
			.stream()
			.map((ref) -> (NovelCharacter) find(ContentKind.CHARACTER, ref))
			.toList();
		List<Term> terms = fields.terms().stream().map((ref) -> (Term) find(ContentKind.TERM, ref)).toList();
		return new Chapter(fields.number(), fields.title(), fields.timeLayer(), fields.description(), file.synopsis(),
				file.parsed().file().path(), file.body().sections(), characters, terms);
	}

	private List<ChapterNote> notes(Chapter chapter, List<Note> notes, List<String> html, ContentKind kind, int first) {
		List<ChapterNote> built = new ArrayList<>();
		for (int i = 0; i < notes.size(); i++) {
			built.add(new ChapterNote(chapter, find(kind, notes.get(i).subject()), first + i, html.get(i)));
		}
		return built;
	}

	private Entry find(ContentKind kind, Ref ref) {
		return this.built.get(this.index.find(kind, ref.slug()).orElseThrow());
	}

	private Indexed indexed(ContentKind kind, String slug) {
		return this.index.find(kind, slug).orElseThrow();
	}

}
