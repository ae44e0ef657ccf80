package org.nlmg.edition.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.Link;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.KeyPhrase;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.reading.SpoilerPolicy.Shown;
import org.nlmg.edition.revision.KeyPhrasesView.ChapterPhrases;
import org.nlmg.edition.revision.KeyPhrasesView.Phrase;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the key-phrases page: every chapter's key phrases up to the reader's position. A
 * phrase is about a theme or a character when its explanation links to that page.
 */
@Service
@Transactional(readOnly = true)
class KeyPhrasePages {

	static final String PATH = "/key-phrases";

	private final KeyPhraseRepository keyPhrases;

	KeyPhrasePages(KeyPhraseRepository keyPhrases) {
		this.keyPhrases = keyPhrases;
	}

	KeyPhrasesView all(SpoilerPolicy policy) {
		return view("Key phrases", null, (phrase) -> true, policy);
	}

	/** The phrases whose explanations link to one theme or character. */
	KeyPhrasesView about(ContentKind kind, String slug, SpoilerPolicy policy) {
		Entry subject = this.keyPhrases.findAllByOrderByChapterNumberAscPositionAsc()
			.stream()
			.flatMap((phrase) -> phrase.getLinked().stream())
			.filter((entry) -> entry.getKind() == kind && entry.getSlug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new EntryNotFoundException(kind, slug));
		if (!policy.shows(subject)) {
			return view("Key phrases about a " + kind.noun() + " from later in the book", null, (phrase) -> false,
					policy);
		}
		return view("Key phrases: " + subject.getTitle(), subject.getTitle(),
				(phrase) -> phrase.getLinked().contains(subject), policy);
	}

	private KeyPhrasesView view(String title, String filter, Predicate<KeyPhrase> about, SpoilerPolicy policy) {
		Shown<KeyPhrase> shown = policy.filter(this.keyPhrases.findAllByOrderByChapterNumberAscPositionAsc());
		Map<Chapter, List<Phrase>> byChapter = new LinkedHashMap<>();
		shown.items()
			.stream()
			.filter(about)
			.forEach((phrase) -> byChapter.computeIfAbsent(phrase.getChapter(), (chapter) -> new ArrayList<>())
				.add(new Phrase(policy.prose(phrase.getHtml()), phrase.getUrl())));
		List<ChapterPhrases> chapters = byChapter.entrySet()
			.stream()
			.map((entry) -> new ChapterPhrases(entry.getKey().getNumber(), entry.getKey().getFullTitle(),
					entry.getKey().getUrl(), entry.getValue()))
			.toList();
		return new KeyPhrasesView(title, filter, chapters, shown.heldBack(),
				filters(shown.items(), ContentKind.THEME, policy),
				filters(shown.items(), ContentKind.CHARACTER, policy));
	}

	/** The themes (or characters) the phrases a reader sees link to, each a filter. */
	private static List<Link> filters(List<KeyPhrase> phrases, ContentKind kind, SpoilerPolicy policy) {
		return phrases.stream()
			.flatMap((phrase) -> phrase.getLinked().stream())
			.filter((entry) -> entry.getKind() == kind && policy.shows(entry))
			.distinct()
			.sorted(Comparator.comparing(Entry::getTitle, String.CASE_INSENSITIVE_ORDER))
			.map((entry) -> new Link(entry.getTitle(), PATH + "/" + kind.linkPrefix() + "/" + entry.getSlug()))
			.toList();
	}

}
