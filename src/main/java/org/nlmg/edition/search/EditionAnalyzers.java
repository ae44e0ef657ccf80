package org.nlmg.edition.search;

import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * How the edition's prose and a student's words are cut into search terms, the same way
 * on both sides: Unicode words, accents folded ("Émilie" is "emilie"), lower case,
 * possessives dropped ("Madame's" is "madame"), common words and question words dropped
 * ("where does", "about"), then English stems (Porter2: "crying" and "cried" are "cri",
 * "dance" and "dancing" are "danc").
 */
final class EditionAnalyzers {

	/**
	 * Lucene's English stop words and the words students wrap a question in: a search for
	 * "where does Miss Lucy talk about smoking" looks for Miss Lucy, talk and smoking.
	 */
	static final CharArraySet STOP_WORDS;

	static {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
		words.addAll(List.of("what", "where", "when", "who", "whom", "whose", "why", "how", "which", "does", "do",
				"did", "about", "i", "me", "my", "we", "our", "you", "your", "he", "him", "his", "she", "her", "its",
				"them", "has", "have", "had", "can", "could", "would", "should", "from", "so", "than", "too", "very",
				"any", "some"));
		STOP_WORDS = CharArraySet.unmodifiableSet(words);
	}

	private EditionAnalyzers() {
	}

	/** Prose and queries alike, stemmed. */
	static Analyzer english() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
				stream = new StopFilter(new EnglishPossessiveFilter(stream), STOP_WORDS);
				return new TokenStreamComponents(source, new SnowballFilter(stream, new EnglishStemmer()));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	/** A word as names are compared for "Did you mean": folded and lower case. */
	static String fold(String word) {
		char[] folded = new char[word.length() * 4];
		String lower = word.toLowerCase(Locale.ROOT);
		int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
		return new String(folded, 0, length);
	}

}
