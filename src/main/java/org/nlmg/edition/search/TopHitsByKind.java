package org.nlmg.edition.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.nlmg.edition.model.ContentKind;

/**
 * The best hits of each kind of page and the whole count of each, in one pass over the
 * matches: a search per kind would score every match once for every kind.
 */
final class TopHitsByKind implements CollectorManager<TopHitsByKind.Collector, Map<ContentKind, TopDocs>> {

	/** Best first; of equal scores, the earlier section, as Lucene ranks them. */
	private static final Comparator<ScoreDoc> BEST_FIRST = Comparator.comparingDouble((ScoreDoc hit) -> -hit.score)
		.thenComparingInt((hit) -> hit.doc);

	private static final ContentKind[] KINDS = ContentKind.values();

	private final String kindField;

	private final ContentKind only;

	private final int limit;

	/**
	 * @param kindField the numeric doc values field that holds each section's kind, as
	 * its ordinal
	 * @param only the one kind to collect, or null for all
	 * @param limit how many hits to keep of each kind
	 */
	TopHitsByKind(String kindField, ContentKind only, int limit) {
		this.kindField = kindField;
		this.only = only;
		this.limit = limit;
	}

	@Override
	public Collector newCollector() {
		return new Collector();
	}

	@Override
	public Map<ContentKind, TopDocs> reduce(Collection<Collector> collectors) {
		Map<ContentKind, TopDocs> byKind = new EnumMap<>(ContentKind.class);
		for (ContentKind kind : KINDS) {
			long count = 0;
			List<ScoreDoc> hits = new ArrayList<>();
			for (Collector collector : collectors) {
				count += collector.counts[kind.ordinal()];
				hits.addAll(collector.best[kind.ordinal()]);
			}
			if (count > 0) {
				hits.sort(BEST_FIRST);
				byKind.put(kind, new TopDocs(new TotalHits(count, TotalHits.Relation.EQUAL_TO),
						hits.subList(0, Math.min(this.limit, hits.size())).toArray(new ScoreDoc[0])));
			}
		}
		return byKind;
	}

	final class Collector extends SimpleCollector {

		private final long[] counts = new long[KINDS.length];

		/** For each kind, its best hits so far, the worst of them at the head. */
		@SuppressWarnings("unchecked")
		private final PriorityQueue<ScoreDoc>[] best = new PriorityQueue[KINDS.length];

		private Scorable scorer;

		private NumericDocValues kinds;

		private int docBase;

		Collector() {
			for (int i = 0; i < KINDS.length; i++) {
				this.best[i] = new PriorityQueue<>(BEST_FIRST.reversed());
			}
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			this.kinds = DocValues.getNumeric(context.reader(), TopHitsByKind.this.kindField);
			this.docBase = context.docBase;
		}

		@Override
		public void setScorer(Scorable scorer) {
			this.scorer = scorer;
		}

		@Override
		public void collect(int doc) throws IOException {
			if (!this.kinds.advanceExact(doc)) {
				return;
			}
			int kind = (int) this.kinds.longValue();
			if (TopHitsByKind.this.only != null && TopHitsByKind.this.only.ordinal() != kind) {
				return;
			}
			this.counts[kind]++;
			PriorityQueue<ScoreDoc> best = this.best[kind];
			float score = this.scorer.score();
			// Matches come in the index's order, so a later one of equal score ranks
			// lower.
			if (best.size() < TopHitsByKind.this.limit) {
				best.add(new ScoreDoc(this.docBase + doc, score));
			}
			else if (score > best.peek().score) {
				best.poll();
				best.add(new ScoreDoc(this.docBase + doc, score));
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE;
		}

	}

}
