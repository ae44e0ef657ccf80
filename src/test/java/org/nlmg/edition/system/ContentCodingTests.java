package org.nlmg.edition.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentCodingTests {

	@ParameterizedTest(name = "Accept-Encoding \"{0}\" gets {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null                          | IDENTITY
			''                            | IDENTITY
			gzip, deflate, br, zstd       | BROTLI
			gzip                          | GZIP
			GZIP                          | GZIP
			br;q=0.5, gzip                | GZIP
			br;q=0, gzip;q=0              | IDENTITY
			*                             | BROTLI
			*;q=0.2, gzip                 | GZIP
			gzip;q=bogus, br;q=1.5        | BROTLI
			identity                      | IDENTITY
			deflate                       | IDENTITY
			""")
	void negotiatesTheBestCodingTheClientTakes(String acceptEncoding, ContentCoding expected) {
		assertThat(ContentCoding.negotiate(acceptEncoding)).isEqualTo(expected);
	}

}
