package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nlmg.edition.content.MarkdownRenderer.Block;
import org.nlmg.edition.content.MarkdownRenderer.FoundLink;
import org.nlmg.edition.content.MarkdownRenderer.RenderedBody;
import org.nlmg.edition.content.ParsedFile.ChapterFields;
import org.nlmg.edition.content.ParsedFile.Note;
import org.nlmg.edition.content.ParsedFile.QuizFields;
import org.nlmg.edition.model.ContentKind;

/**
 * Reads content files into an edition, one stage after another, each taking what the one
 * before returned: files, parsed front matter and bodies, an index of every entry,
 * rendered bodies, checks, entities. Every problem of every stage is collected, and all
 * of them are thrown together before any entity is built.
 */
public final class ContentReader {

	public Edition read(List<ContentFile> files) {
		Problems problems = new Problems();
		Rendered rendered = render(files, problems);
		new ContentChecks(rendered.index(), problems).check(rendered.files());
		problems.throwIfAny();
		return new EntityBuilder(rendered.index()).build(rendered.files());
	}

	/**
	 * Where every heading, paragraph and list item of the edition stands in its file: the
	 * page and id it is published at, and the line its text ends on.
	 */
	public List<BlockPlace> blockPlaces(List<ContentFile> files) {
		Problems problems = new Problems();
		Rendered rendered = render(files, problems);
		problems.throwIfAny();
		List<BlockPlace> places = new ArrayList<>();
		for (RenderedFile file : rendered.files()) {
			ContentKind kind = file.parsed().kind();
			String page = kind.hasOwnPage() ? kind.url(file.parsed().slug()) : kind.indexUrl();
			for (Block block : file.body().blocks()) {
				places.add(new BlockPlace(page, block.id(), file.parsed().file().path(), block.lastLine(),
						idPrefix(file.parsed())));
			}
		}
		return places;
	}

	/**
	 * A block of prose where it is published and where it is written.
	 *
	 * @param page the page's path, such as /chapters/6
	 * @param id its id on that page
	 * @param file its file, relative to the content folder
	 * @param line the line of that file its text ends on
	 * @param headingIdPrefix what the edition puts before a heading's own {@code {#id}}
	 * on this page (a glossary term's slug), for ids to be written as the author would
	 */
	public record BlockPlace(String page, String id, String file, int line, String headingIdPrefix) {
	}

	private record Rendered(EntryIndex index, List<RenderedFile> files) {
	}

	private static Rendered render(List<ContentFile> files, Problems problems) {
		FileParser parser = new FileParser(problems);
		List<ParsedFile> parsed = files.stream().map(parser::parse).flatMap(Optional::stream).toList();
		EntryIndex index = EntryIndex.of(parsed, problems);
		MarkdownRenderer renderer = new MarkdownRenderer(index);
		List<RenderedFile> rendered = parsed.stream()
			.filter((file) -> index.find(file.kind(), file.slug()).orElseThrow().file() == file)
			.map((file) -> render(file, renderer, problems))
			.toList();
		return new Rendered(index, rendered);
	}

	private static RenderedFile render(ParsedFile file, MarkdownRenderer renderer, Problems problems) {
		if (file.fields() instanceof QuizFields fields) {
			// A quiz's body is questions, not sections of prose.
			List<QuizBody.Question> questions = QuizBody.read(file, fields, renderer, problems);
			List<FoundLink> links = questions.stream().flatMap((question) -> question.links().stream()).toList();
			return new RenderedFile(file, new RenderedBody(List.of(), links, List.of(), List.of()), List.of(),
					List.of(), null, questions);
		}
		Integer chapter = (file.fields() instanceof ChapterFields fields) ? fields.number() : null;
		RenderedBody body = renderer.render(file.name(), file.body(), file.bodyFirstLine(), chapter, idPrefix(file),
				problems);
		if (file.fields() instanceof ChapterFields fields) {
			String synopsis = (fields.synopsis() != null) ? renderer
				.renderNote(file.name(), fields.synopsis().markdown(), fields.synopsis().line(), null, null, problems)
				.html() : null;
			return new RenderedFile(file, body, notes(file, fields.themes(), renderer, problems),
					notes(file, fields.symbols(), renderer, problems), synopsis, List.of());
		}
		return new RenderedFile(file, body);
	}

	/** Glossary terms share one page, so each term's ids start with its slug. */
	private static String idPrefix(ParsedFile file) {
		return file.kind().hasOwnPage() ? "" : file.slug() + "-";
	}

	private static List<String> notes(ParsedFile file, List<Note> notes, MarkdownRenderer renderer, Problems problems) {
		return notes.stream()
			.map((note) -> renderer.renderNote(file.name(), note.markdown(), note.line(), null, null, problems).html())
			.toList();
	}

}
