package org.nlmg.edition.share;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nlmg.edition.entry.EntryRepository;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.model.Section;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.revision.KeyPhraseRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public page of the edition, by path: what may be cited, drawn as a QR code or
 * listed in the sitemap. An address that is not one of these is never printed.
 */
@Component
public class EditionPages {

	/** What a link preview says of a page it knows nothing more about. */
	static final String EDITION_DESCRIPTION = "A free, spoiler-safe study edition of Kazuo Ishiguro's Never Let Me Go: "
			+ "every chapter summarised and annotated, with its characters, themes, symbols and sources.";

	private static final String GATED_DESCRIPTION = "A page about a later chapter of Never Let Me Go, kept back "
			+ "until the reader has reached it.";

	/** The pages that are not entries, with their titles and descriptions. */
	private static final Map<String, String[]> INDEX_PAGES = indexPages();

	private final EntryRepository entries;

	private final EntryViews views;

	private final KeyPhraseRepository keyPhrases;

	private volatile List<String> paths;

	EditionPages(EntryRepository entries, EntryViews views, KeyPhraseRepository keyPhrases) {
		this.entries = entries;
		this.views = views;
		this.keyPhrases = keyPhrases;
	}

	/**
	 * A page as the reader may see it: its title, what a preview says of it, and the
	 * anchors they may cite on it.
	 */
	@Transactional(readOnly = true)
	Optional<PublicPage> find(String path, SpoilerPolicy policy) {
		String[] index = INDEX_PAGES.get(path);
		if (index != null) {
			return Optional.of(new PublicPage(path, index[0], index[1],
					path.equals("/glossary") ? glossaryAnchors(policy) : Map.of()));
		}
		Optional<Entry> found = this.entries.findAll()
			.stream()
			.filter((entry) -> entry.getKind().hasOwnPage() && entry.getUrl().equals(path))
			.findFirst();
		if (found.isEmpty()) {
			return filterPage(path, policy);
		}
		Entry entry = found.get();
		EntryView<Entry> view = this.views.of(entry, policy);
		if (view.isGated()) {
			return Optional.of(new PublicPage(path, view.title(), GATED_DESCRIPTION, Map.of()));
		}
		String description = (entry.getDescription() != null) ? entry.getDescription() : EDITION_DESCRIPTION;
		return Optional.of(new PublicPage(path, view.title(), description, anchors(entry, policy)));
	}

	/** Every public page, whole-book addresses, in a stable order. */
	@Transactional(readOnly = true)
	List<String> paths() {
		List<String> known = this.paths;
		if (known == null) {
			// The edition never changes while it runs: its pages are listed once.
			known = List.copyOf(listPaths());
			this.paths = known;
		}
		return known;
	}

	private List<String> listPaths() {
		List<String> paths = new ArrayList<>(INDEX_PAGES.keySet());
		keyPhraseSubjects().stream().map(EditionPages::keyPhrasesPath).sorted().forEach(paths::add);
		this.entries.findAll()
			.stream()
			.filter((entry) -> entry.getKind().hasOwnPage())
			.map(Entry::getUrl)
			.sorted()
			.forEach(paths::add);
		return paths;
	}

	/**
	 * The key phrases about one theme or character: a page of its own, titled as
	 * revision.KeyPhrasePages titles it.
	 */
	private Optional<PublicPage> filterPage(String path, SpoilerPolicy policy) {
		return keyPhraseSubjects().stream()
			.filter((entry) -> keyPhrasesPath(entry).equals(path))
			.findFirst()
			.map((entry) -> policy.shows(entry) ? new PublicPage(path, "Key phrases: " + entry.getTitle(),
					"The key phrases of Never Let Me Go about " + entry.getTitle() + ", chapter by chapter.", Map.of())
					: new PublicPage(path, "Key phrases about a " + entry.getKind().noun() + " from later in the book",
							GATED_DESCRIPTION, Map.of()));
	}

	/** The themes and characters some key phrase is about. */
	private List<Entry> keyPhraseSubjects() {
		return this.keyPhrases.findAll()
			.stream()
			.flatMap((phrase) -> phrase.getLinked().stream())
			.filter((entry) -> entry.getKind() == ContentKind.THEME || entry.getKind() == ContentKind.CHARACTER)
			.distinct()
			.toList();
	}

	private static String keyPhrasesPath(Entry entry) {
		return "/key-phrases/" + entry.getKind().linkPrefix() + "/" + entry.getSlug();
	}

	private static Map<String, String> anchors(Entry entry, SpoilerPolicy policy) {
		Map<String, String> anchors = new LinkedHashMap<>();
		for (Section section : policy.filter(entry.getSections()).items()) {
			String heading = (entry.getKind() == ContentKind.TERM) ? entry.getTitle() : section.getHeading();
			section.getAnchors().forEach((anchor) -> anchors.putIfAbsent(anchor, heading));
		}
		return anchors;
	}

	/** On the glossary, each term's own anchor and those of its prose. */
	private Map<String, String> glossaryAnchors(SpoilerPolicy policy) {
		Map<String, String> anchors = new LinkedHashMap<>();
		List<Entry> terms = this.entries.findAll()
			.stream()
			.filter((entry) -> entry.getKind() == ContentKind.TERM)
			.toList();
		for (Entry term : policy.filter(terms).items()) {
			anchors.put(term.getSlug(), term.getTitle());
			anchors.putAll(anchors(term, policy));
		}
		return anchors;
	}

	private static Map<String, String[]> indexPages() {
		Map<String, String[]> pages = new LinkedHashMap<>();
		pages.put("/", new String[] { "Home", EDITION_DESCRIPTION });
		pages.put("/chapters", new String[] { "Chapters",
				"All 23 chapters of Never Let Me Go, part by part, each summarised and annotated." });
		pages.put("/characters", new String[] { "Characters",
				"The characters of Never Let Me Go, the main ones first, and who appears in which chapter." });
		pages.put("/characters/relationships", new String[] { "Relationship map",
				"A map of who is who to whom in Never Let Me Go, drawn for the reader's position." });
		pages.put("/themes", new String[] { "Themes",
				"The themes of Never Let Me Go, and a tracker of where each shows, chapter by chapter." });
		pages.put("/symbols",
				new String[] { "Symbols", "The symbols and motifs of Never Let Me Go, followed through the book." });
		pages.put("/glossary", new String[] { "Glossary",
				"The words of Never Let Me Go that carry a meaning of their own in the novel, A to Z." });
		pages.put("/sources", new String[] { "Sources",
				"What has been written about Never Let Me Go, summarised, checked against the book and ready to cite." });
		pages.put("/quizzes",
				new String[] { "Quizzes", "Short quizzes on Never Let Me Go, chapter by chapter and part by part." });
		pages.put("/key-phrases", new String[] { "Key phrases",
				"The key phrases of every chapter of Never Let Me Go, to learn and to quote." });
		pages.put("/summary",
				new String[] { "The whole book on one page", "Never Let Me Go summarised, a paragraph a chapter." });
		for (Part part : Part.values()) {
			pages.put("/summary/part-" + part.getNumber(), new String[] { "Summary of " + part.getLabel(),
					"Never Let Me Go, " + part.getLabel() + ", summarised a paragraph a chapter." });
		}
		return Collections.unmodifiableMap(pages);
	}

	/**
	 * A public page as the reader may see it.
	 *
	 * @param path its path, without a query
	 * @param title what its citation calls it
	 * @param description what a link preview says of it
	 * @param anchors the anchors a reader at this position may see on it, each with the
	 * heading of its section, or null before the first heading
	 */
	public record PublicPage(String path, String title, String description, Map<String, String> anchors) {

		/** The title of one section or paragraph of the page. */
		public String title(String anchor) {
			String heading = (anchor != null) ? this.anchors.get(anchor) : null;
			return (heading == null || heading.equals(this.title)) ? this.title : this.title + " \u2014 " + heading;
		}

	}

}
