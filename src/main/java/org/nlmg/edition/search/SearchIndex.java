package org.nlmg.edition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.nlmg.edition.entry.EntryRepository;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterTied;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.Section;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The edition's search engine: a Lucene index of every section, built in memory from the
 * loaded edition before the web server takes requests. Each node builds its own, so nodes
 * share nothing.
 * <p>
 * A section is found by its words, its heading and (for a page's first section) the
 * page's title or name, which count most. Every section carries the latest chapter it
 * draws on, its page's included, and each search is filtered by the reader's position:
 * what lies past it is never scored, counted, quoted or suggested.
 */
@Component
class SearchIndex implements SmartLifecycle {

	/** Hits shown for each kind of page; the count is always the whole count. */
	static final int HITS_PER_KIND = 5;

	/** Hits shown when the reader asks for every hit of one kind. */
	static final int HITS_OF_ONE_KIND = 100;

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	private static final String KIND = "kind";

	private static final String TIE = "tie";

	/** The name of a character, term, theme, symbol, source or page. */
	private static final String NAME = "name";

	/** A chapter's title: a summary of it, so it counts less than a name. */
	private static final String TITLE = "title";

	private static final String HEADING = "heading";

	private static final String TEXT = "text";

	private static final String LABEL = "label";

	private static final String URL = "url";

	private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

	static {
		// Offsets in the postings let the highlighter mark words without analysing again.
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private static final float NAME_BOOST = 6;

	private static final float TITLE_BOOST = 3;

	private static final float HEADING_BOOST = 3;

	/**
	 * Scoring that punishes a long section less than Lucene's default (b 0.5, not 0.75):
	 * a chapter's summary is long because it tells the whole chapter.
	 */
	private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.5f);

	private static final List<String> FIELDS = List.of(NAME, TITLE, HEADING, TEXT);

	/** A word of a name or term a reader may have meant, and when the reader meets it. */
	private record Name(String word, String folded, Integer tiedChapter) implements ChapterTied {

		@Override
		public Integer getTiedChapter() {
			return this.tiedChapter;
		}

	}

	private final EntryRepository entries;

	private final TransactionTemplate transaction;

	private final Analyzer analyzer = EditionAnalyzers.english();

	private volatile IndexSearcher searcher;

	private volatile List<Name> names = List.of();

	SearchIndex(EntryRepository entries, TransactionTemplate transaction) {
		this.entries = entries;
		this.transaction = transaction;
	}

	/** Before the web server: a phase well below its. */
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public void start() {
		long start = System.nanoTime();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Map<String, Name> names = new LinkedHashMap<>();
		int sections = this.transaction.execute((status) -> {
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(this.analyzer).setSimilarity(SIMILARITY))) {
				int count = 0;
				for (Entry entry : inBookOrder(this.entries.findAll())) {
					// A quiz's explanations would hand its answers to anyone who
					// searches.
					if (entry.getKind() == ContentKind.QUIZ) {
						continue;
					}
					boolean first = true;
					for (Section section : entry.getSections()) {
						if (section.getHeading() == null && section.getWords().isEmpty()) {
							continue;
						}
						writer.addDocument(document(entry, section, first));
						first = false;
						count++;
					}
					collectNames(entry, names);
				}
				return count;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		try {
			IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
			searcher.setSimilarity(SIMILARITY);
			this.searcher = searcher;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.names = List.copyOf(names.values());
		logger
			.info("Indexed " + sections + " sections for search in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	@Override
	public void stop() {
	}

	@Override
	public boolean isRunning() {
		return this.searcher != null;
	}

	private static List<Entry> inBookOrder(List<Entry> entries) {
		return entries.stream()
			.sorted(Comparator.comparing(Entry::getKind)
				.thenComparingInt((e) -> (e instanceof Chapter chapter) ? chapter.getNumber() : 0)
				.thenComparing(Entry::getTitle))
			.toList();
	}

	private static Document document(Entry entry, Section section, boolean first) {
		Document document = new Document();
		document.add(new NumericDocValuesField(KIND, entry.getKind().ordinal()));
		Integer tie = ChapterTied.latest(section.getTiedChapter(), entry.getTiedChapter());
		document.add(new IntPoint(TIE, (tie != null) ? tie : 0));
		if (first) {
			String field = (entry.getKind() == ContentKind.CHAPTER) ? TITLE : NAME;
			document.add(new TextField(field, entry.getTitle(), Field.Store.NO));
		}
		if (section.getHeading() != null) {
			document.add(new TextField(HEADING, section.getHeading(), Field.Store.YES));
		}
		document.add(new Field(TEXT, section.getWords(), TEXT_WITH_OFFSETS));
		String label = (entry instanceof Chapter chapter) ? chapter.getFullTitle() : entry.getLinkLabel();
		document.add(new StoredField(LABEL, label));
		document.add(new StoredField(URL, section.getUrl()));
		return document;
	}

	/** The words of the names of characters, terms, themes and symbols. */
	private static void collectNames(Entry entry, Map<String, Name> names) {
		if (entry.getKind() == ContentKind.CHAPTER || entry.getKind() == ContentKind.SOURCE
				|| entry.getKind() == ContentKind.PAGE) {
			return;
		}
		for (String word : entry.getTitle().split("[^\\p{L}\\p{N}]+")) {
			String folded = EditionAnalyzers.fold(word);
			if (word.length() >= 3 && !EditionAnalyzers.STOP_WORDS.contains(folded)) {
				names
					.merge(folded, new Name(word, folded, entry.getTiedChapter()),
							(a, b) -> (a.getTiedChapter() == null
									|| (b.getTiedChapter() != null && a.getTiedChapter() <= b.getTiedChapter())) ? a
											: b);
			}
		}
	}

	/** What a student typed, read the way the index reads the edition. */
	SearchQuery parse(String text) {
		return SearchQuery.parse(text, this.analyzer);
	}

	/**
	 * The sections that match the query, by kind of page, best first, as the reader's
	 * position allows.
	 * @param only the one kind of page to list in full, or null for a few of each
	 */
	SearchResults find(SearchQuery query, SpoilerPolicy policy, ContentKind only) {
		if (query.isEmpty()) {
			return SearchResults.none(query);
		}
		IndexSearcher searcher = this.searcher;
		Query filter = filter(policy);
		try {
			Map<SearchQuery.Word, Name> corrections = corrections(query, searcher, filter, policy);
			Query query2 = query(query, corrections, filter, searcher.getIndexReader());
			int limit = (only != null) ? HITS_OF_ONE_KIND : HITS_PER_KIND;
			Map<ContentKind, TopDocs> byKind = searcher.search(query2, new TopHitsByKind(KIND, only, limit));
			return results(query, corrections, marked(query, corrections), byKind, searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Only what is tied to the chapters the reader may see. */
	private static Query filter(SpoilerPolicy policy) {
		Integer last = policy.lastChapterShown();
		return (last != null) ? IntPoint.newRangeQuery(TIE, 0, last) : null;
	}

	/**
	 * For each word found nowhere the reader may look, the nearest word of a name or term
	 * the reader has met.
	 */
	private Map<SearchQuery.Word, Name> corrections(SearchQuery query, IndexSearcher searcher, Query filter,
			SpoilerPolicy policy) throws IOException {
		Map<SearchQuery.Word, Name> corrections = new HashMap<>();
		for (SearchQuery.Word word : query.words()) {
			if (!anyMatch(searcher, filtered(anyField(word.term()), filter))) {
				Name nearest = nearestName(EditionAnalyzers.fold(word.typed()), policy);
				if (nearest != null) {
					corrections.put(word, nearest);
				}
			}
		}
		return corrections;
	}

	/** Whether any section matches: it stops at the first, where a count would go on. */
	private static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
		return searcher.search(query, new TopScoreDocCollectorManager(1, 1)).totalHits.value > 0;
	}

	private Name nearestName(String typed, SpoilerPolicy policy) {
		int allowed = (typed.length() <= 5) ? 1 : 2;
		Name nearest = null;
		int best = allowed + 1;
		for (Name name : this.names) {
			if (Math.abs(name.folded().length() - typed.length()) > allowed || !policy.shows(name)) {
				continue;
			}
			int distance = Typos.distance(typed, name.folded());
			if (distance > 0 && distance < best) {
				best = distance;
				nearest = name;
			}
		}
		return nearest;
	}

	private Query query(SearchQuery query, Map<SearchQuery.Word, Name> corrections, Query filter, IndexReader reader)
			throws IOException {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		List<SearchQuery.Word> words = query.words();
		if (!words.isEmpty()) {
			List<String> terms = new ArrayList<>();
			List<String> rare = new ArrayList<>();
			for (SearchQuery.Word word : words) {
				String term = term(word, corrections);
				terms.add(term);
				if (words.size() > 2 && reader.docFreq(new Term(TEXT, term)) <= rareBelow(reader)) {
					rare.add(term);
				}
			}
			// In a question, its rare words ("smoking") are what the student is after:
			// a section must hold some of them, and the common words around them ("Miss
			// Lucy", "talk") only rank it. Otherwise it must hold most of the words.
			BooleanQuery.Builder needed = new BooleanQuery.Builder();
			BooleanQuery.Builder every = new BooleanQuery.Builder();
			PhraseQuery.Builder near = new PhraseQuery.Builder().setSlop(2 * terms.size());
			for (String term : terms) {
				boolean required = rare.isEmpty() || rare.contains(term);
				(required ? needed : all).add(anyField(term), Occur.SHOULD);
				every.add(anyField(term), Occur.MUST);
				near.add(new Term(TEXT, term));
			}
			needed.setMinimumNumberShouldMatch(rare.isEmpty() ? mustMatch(terms.size()) : Math.max(1, rare.size() / 2));
			all.add(needed.build(), Occur.MUST);
			if (terms.size() > 1) {
				// A section that holds every word counts double; words near each other,
				// as in "Kathy H.", count for more again.
				all.add(every.build(), Occur.SHOULD);
				all.add(new BoostQuery(near.build(), 2), Occur.SHOULD);
			}
		}
		for (List<SearchQuery.Word> phrase : query.phrases()) {
			List<Query> inFields = new ArrayList<>();
			for (String field : FIELDS) {
				PhraseQuery.Builder exact = new PhraseQuery.Builder();
				phrase.forEach((word) -> exact.add(new Term(field, word.term()), word.position()));
				inFields.add(boosted(exact.build(), field));
			}
			all.add(new DisjunctionMaxQuery(inFields, 0.1f), Occur.MUST);
		}
		return filtered(all.build(), filter);
	}

	/** A word is rare when at most one section in fifty holds it. */
	private static int rareBelow(IndexReader reader) {
		return Math.max(3, reader.numDocs() / 50);
	}

	/**
	 * How many of the words a section must hold: all of one or two, and most of a longer
	 * question.
	 */
	static int mustMatch(int words) {
		return (words <= 2) ? words : Math.max(2, (int) Math.ceil(words * 0.6));
	}

	private static Query anyField(String term) {
		List<Query> inFields = new ArrayList<>();
		for (String field : FIELDS) {
			inFields.add(boosted(new TermQuery(new Term(field, term)), field));
		}
		return new DisjunctionMaxQuery(inFields, 0.1f);
	}

	private static Query boosted(Query query, String field) {
		return switch (field) {
			case NAME -> new BoostQuery(query, NAME_BOOST);
			case TITLE -> new BoostQuery(query, TITLE_BOOST);
			case HEADING -> new BoostQuery(query, HEADING_BOOST);
			default -> query;
		};
	}

	private static Query filtered(Query query, Query filter) {
		if (filter == null) {
			return query;
		}
		return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
	}

	private String stem(String word) {
		return parse(word).words().get(0).term();
	}

	/**
	 * The words to mark in snippets, as plain terms: marking them from the postings'
	 * offsets, without matching phrases again, keeps a search within milliseconds.
	 */
	private Query marked(SearchQuery query, Map<SearchQuery.Word, Name> corrections) {
		BooleanQuery.Builder marked = new BooleanQuery.Builder();
		for (SearchQuery.Word word : query.words()) {
			marked.add(new TermQuery(new Term(TEXT, term(word, corrections))), Occur.SHOULD);
		}
		query.phrases()
			.forEach((phrase) -> phrase
				.forEach((word) -> marked.add(new TermQuery(new Term(TEXT, word.term())), Occur.SHOULD)));
		return marked.build();
	}

	private String term(SearchQuery.Word word, Map<SearchQuery.Word, Name> corrections) {
		Name correction = corrections.get(word);
		return (correction != null) ? stem(correction.word()) : word.term();
	}

	private SearchResults results(SearchQuery query, Map<SearchQuery.Word, Name> corrections, Query marked,
			Map<ContentKind, TopDocs> byKind, IndexSearcher searcher) throws IOException {
		List<ScoreDoc> shown = byKind.values().stream().flatMap((top) -> List.of(top.scoreDocs).stream()).toList();
		int[] ids = shown.stream().mapToInt((doc) -> doc.doc).toArray();
		String[] snippets = highlighter(searcher).highlightFields(new String[] { TEXT }, marked, ids, new int[] { 1 })
			.get(TEXT);
		Map<Integer, String> snippetOf = new HashMap<>();
		for (int i = 0; i < ids.length; i++) {
			snippetOf.put(ids[i], snippets[i]);
		}
		List<SearchResults.Group> groups = new ArrayList<>();
		int total = 0;
		for (Map.Entry<ContentKind, TopDocs> top : byKind.entrySet()) {
			int count = (int) top.getValue().totalHits.value;
			total += count;
			if (count == 0) {
				continue;
			}
			List<SearchResults.Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : top.getValue().scoreDocs) {
				Document stored = searcher.storedFields().document(doc.doc);
				hits.add(new SearchResults.Hit(stored.get(LABEL), stored.get(HEADING), stored.get(URL),
						snippetOf.get(doc.doc)));
			}
			groups.add(new SearchResults.Group(top.getKey(), count, hits));
		}
		return new SearchResults(query, suggestion(query, corrections), total, groups);
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher) {
		return UnifiedHighlighter.builder(searcher, this.analyzer)
			.withFormatter(new MarkedSnippet())
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getWordInstance(Locale.ENGLISH), 180, 0.5f))
			.withMaxNoHighlightPassages(1)
			.withWeightMatches(false)
			.withHighlightPhrasesStrictly(false)
			.build();
	}

	/** The query with each unknown word replaced by the name it is nearest to. */
	private static String suggestion(SearchQuery query, Map<SearchQuery.Word, Name> corrections) {
		if (corrections.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder(query.text());
		corrections.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<SearchQuery.Word, Name> c) -> c.getKey().start()).reversed())
			.forEach((c) -> text.replace(c.getKey().start(), c.getKey().start() + c.getKey().typed().length(),
					c.getValue().word()));
		return text.toString();
	}

}
