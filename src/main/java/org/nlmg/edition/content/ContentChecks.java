package org.nlmg.edition.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nlmg.edition.content.EntryIndex.Indexed;
import org.nlmg.edition.content.MarkdownRenderer.FoundLink;
import org.nlmg.edition.content.ParsedFile.ChapterFields;
import org.nlmg.edition.content.ParsedFile.CharacterFields;
import org.nlmg.edition.content.ParsedFile.Note;
import org.nlmg.edition.content.ParsedFile.QuizFields;
import org.nlmg.edition.content.ParsedFile.Ref;
import org.nlmg.edition.content.ParsedFile.RelationshipFields;
import org.nlmg.edition.content.ParsedFile.TermFields;
import org.nlmg.edition.model.ContentKind;

/**
 * Stage 5: the checks that need the whole edition rendered: every name in front matter
 * and every anchor of a cross-link points to something, chapters are numbered without
 * gaps, a chapter lists no term before the term's first use, and a quiz gives nothing of
 * a later chapter away.
 */
final class ContentChecks {

	private final EntryIndex index;

	private final Problems problems;

	ContentChecks(EntryIndex index, Problems problems) {
		this.index = index;
		this.problems = problems;
	}

	void check(List<RenderedFile> files) {
		Map<Indexed, RenderedFile> rendered = new HashMap<>();
		files.forEach((file) -> this.index.find(file.parsed().kind(), file.parsed().slug())
			.ifPresent((indexed) -> rendered.put(indexed, file)));
		TreeMap<Integer, ParsedFile> chapters = new TreeMap<>();
		for (RenderedFile file : files) {
			ParsedFile parsed = file.parsed();
			if (parsed.fields() instanceof ChapterFields chapter) {
				chapters.putIfAbsent(chapter.number(), parsed);
				checkChapterReferences(parsed, chapter);
			}
			if (parsed.fields() instanceof CharacterFields character) {
				for (RelationshipFields relationship : character.relationships()) {
					exists(parsed, ContentKind.CHARACTER, relationship.with());
				}
			}
			for (FoundLink link : file.body().links()) {
				RenderedFile target = rendered.get(link.target());
				if (link.anchor() != null && target != null && !target.hasAnchor(link.anchor())) {
					this.problems.add(parsed.name(), link.line(), "cross-link to " + link.target().url(link.anchor())
							+ ": that page has no anchor '" + link.anchor() + "'");
				}
			}
		}
		checkChapterSequence(chapters);
		for (RenderedFile file : files) {
			if (file.parsed().fields() instanceof QuizFields quiz) {
				checkQuiz(file, quiz, chapters, rendered);
			}
		}
	}

	/**
	 * A quiz is on a chapter of the edition, and draws on nothing past the last chapter
	 * it may: no link to a later chapter, a later section or someone met later.
	 */
	private void checkQuiz(RenderedFile file, QuizFields quiz, TreeMap<Integer, ParsedFile> chapters,
			Map<Indexed, RenderedFile> rendered) {
		String name = file.parsed().name();
		if (quiz.chapter() != null && !chapters.containsKey(quiz.chapter())) {
			this.problems.add(name, quiz.keyLine(), "there is no chapter " + quiz.chapter()
					+ " (expected content/chapters/chapter-" + String.format("%02d", quiz.chapter()) + ".md)");
		}
		int last = quiz.lastChapter();
		String allowed = "this quiz may draw on chapters up to " + last;
		for (FoundLink link : file.body().links()) {
			Integer introduced = link.target().introducedIn();
			RenderedFile target = rendered.get(link.target());
			Integer section = (link.anchor() != null && target != null) ? target.chapterOf(link.anchor()) : null;
			if (introduced != null && introduced > last) {
				this.problems.add(name, link.line(), "cross-link to " + link.target().url(link.anchor())
						+ " reaches chapter " + introduced + ", but " + allowed);
			}
			else if (section != null && section > last) {
				this.problems.add(name, link.line(), "cross-link to " + link.target().url(link.anchor())
						+ ": that section draws on chapter " + section + ", but " + allowed);
			}
		}
	}

	private void checkChapterReferences(ParsedFile file, ChapterFields chapter) {
		chapter.characters().forEach((ref) -> exists(file, ContentKind.CHARACTER, ref));
		for (Ref ref : chapter.terms()) {
			if (exists(file, ContentKind.TERM, ref)) {
				int introducedIn = ((TermFields) this.index.find(ContentKind.TERM, ref.slug())
					.orElseThrow()
					.file()
					.fields()).introducedIn();
				if (introducedIn > chapter.number()) {
					this.problems.add(file.name(), ref.line(),
							"term '" + ref.slug() + "' is listed here, but its introduced-in is " + introducedIn);
				}
			}
		}
		chapter.themes().stream().map(Note::subject).forEach((ref) -> exists(file, ContentKind.THEME, ref));
		chapter.symbols().stream().map(Note::subject).forEach((ref) -> exists(file, ContentKind.SYMBOL, ref));
	}

	private boolean exists(ParsedFile file, ContentKind kind, Ref ref) {
		if (this.index.find(kind, ref.slug()).isPresent()) {
			return true;
		}
		this.problems.add(file.name(), ref.line(), "there is no " + kind.linkPrefix() + " '" + ref.slug()
				+ "' (expected content/" + kind.folder() + "/" + ref.slug() + ".md)");
		return false;
	}

	private void checkChapterSequence(TreeMap<Integer, ParsedFile> chapters) {
		if (chapters.isEmpty()) {
			this.problems.add("content/" + ContentKind.CHAPTER.folder() + "/", 0,
					"the edition has no chapters: add content/chapters/chapter-01.md");
		}
		int expected = 1;
		for (Map.Entry<Integer, ParsedFile> chapter : chapters.entrySet()) {
			if (chapter.getKey() != expected) {
				String missing = (chapter.getKey() - expected == 1) ? "chapter " + expected
						: "chapters " + expected + "–" + (chapter.getKey() - 1);
				this.problems.add(chapter.getValue().name(), ((ChapterFields) chapter.getValue().fields()).numberLine(),
						"gap in the chapter numbering: " + missing + " missing before chapter " + chapter.getKey());
			}
			expected = chapter.getKey() + 1;
		}
	}

}
