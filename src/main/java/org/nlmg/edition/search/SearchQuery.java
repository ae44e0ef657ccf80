package org.nlmg.edition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What a student typed, read as search terms: words, and phrases in quotation marks.
 * Nothing of it is query syntax: {@code AND}, {@code *}, {@code :} or {@code ~} are
 * ordinary characters, so no input can make a query fail.
 *
 * @param text the query as searched, cut to {@link #MAX_LENGTH} characters
 * @param cut whether it was cut
 * @param words the terms outside quotation marks
 * @param phrases the terms of each quoted phrase, with their places in it
 */
public record SearchQuery(String text, boolean cut, List<Word> words, List<List<Word>> phrases) {

	static final int MAX_LENGTH = 100;

	/**
	 * At most this many terms count, once common words are gone: a long question keeps
	 * its last words.
	 */
	static final int MAX_TERMS = 12;

	/**
	 * One term of the query.
	 *
	 * @param term the term as the index holds it (stemmed)
	 * @param typed what the student typed for it, without a possessive 's
	 * @param start where that stands in the query
	 * @param position its place in its phrase (gaps where common words were)
	 */
	public record Word(String term, String typed, int start, int position) {
	}

	static SearchQuery parse(String raw, Analyzer analyzer) {
		String text = raw.strip();
		boolean cut = text.codePointCount(0, text.length()) > MAX_LENGTH;
		if (cut) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		List<Word> words = new ArrayList<>();
		List<List<Word>> phrases = new ArrayList<>();
		int[] budget = { MAX_TERMS };
		int from = 0;
		boolean quoted = false;
		for (int at = 0; at <= text.length(); at++) {
			boolean end = at == text.length();
			if (end || isQuote(text.charAt(at))) {
				// An unclosed quotation mark quotes nothing.
				boolean phrase = quoted && !end;
				List<Word> terms = terms(text, from, at, analyzer, budget);
				if (phrase && terms.size() > 1) {
					phrases.add(terms);
				}
				else {
					words.addAll(terms);
				}
				quoted = !quoted;
				from = at + 1;
			}
		}
		return new SearchQuery(text, cut, List.copyOf(words), List.copyOf(phrases));
	}

	public boolean isEmpty() {
		return this.words.isEmpty() && this.phrases.isEmpty();
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\u201C' || c == '\u201D';
	}

	private static List<Word> terms(String text, int from, int to, Analyzer analyzer, int[] budget) {
		List<Word> terms = new ArrayList<>();
		if (from >= to) {
			return terms;
		}
		try (TokenStream stream = analyzer.tokenStream("", text.substring(from, to))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken() && budget[0] > 0) {
				position += increment.getPositionIncrement();
				// "Tomy's" was typed for "Tomy".
				String typed = text.substring(from + offset.startOffset(), from + offset.endOffset())
					.replaceFirst("['\u2019][sS]$", "");
				terms.add(new Word(term.toString(), typed, from + offset.startOffset(), position));
				budget[0]--;
			}
			stream.end();
		}
		catch (IOException ex) {
			// Analysing a string in memory reads nothing from outside.
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
