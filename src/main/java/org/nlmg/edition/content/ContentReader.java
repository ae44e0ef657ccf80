package org.nlmg.edition.content;

import java.util.List;
import java.util.Optional;

import org.nlmg.edition.content.MarkdownRenderer.RenderedBody;
import org.nlmg.edition.content.ParsedFile.ChapterFields;
import org.nlmg.edition.content.ParsedFile.Note;

/**
 * Reads content files into an edition, one stage after another, each taking what the one
 * before returned: files, parsed front matter and bodies, an index of every entry,
 * rendered bodies, checks, entities. Every problem of every stage is collected, and all
 * of them are thrown together before any entity is built.
 */
public final class ContentReader {

	public Edition read(List<ContentFile> files) {
		Problems problems = new Problems();
		FileParser parser = new FileParser(problems);
		List<ParsedFile> parsed = files.stream().map(parser::parse).flatMap(Optional::stream).toList();
		EntryIndex index = EntryIndex.of(parsed, problems);
		MarkdownRenderer renderer = new MarkdownRenderer(index);
		List<RenderedFile> rendered = parsed.stream()
			.filter((file) -> index.find(file.kind(), file.slug()).orElseThrow().file() == file)
			.map((file) -> render(file, renderer, problems))
			.toList();
		new ContentChecks(index, problems).check(rendered);
		problems.throwIfAny();
		return new EntityBuilder(index).build(rendered);
	}

	private static RenderedFile render(ParsedFile file, MarkdownRenderer renderer, Problems problems) {
		Integer chapter = (file.fields() instanceof ChapterFields fields) ? fields.number() : null;
		// Glossary terms share one page, so each term's ids start with its slug.
		String idPrefix = file.kind().hasOwnPage() ? "" : file.slug() + "-";
		RenderedBody body = renderer.render(file.name(), file.body(), file.bodyFirstLine(), chapter, idPrefix,
				problems);
		if (file.fields() instanceof ChapterFields fields) {
			return new RenderedFile(file, body, notes(file, fields.themes(), renderer, problems),
					notes(file, fields.symbols(), renderer, problems));
		}
		return new RenderedFile(file, body, List.of(), List.of());
	}

	private static List<String> notes(ParsedFile file, List<Note> notes, MarkdownRenderer renderer, Problems problems) {
		return notes.stream()
			.map((note) -> renderer.renderNote(file.name(), note.markdown(), note.line(), problems))
			.toList();
	}

}
