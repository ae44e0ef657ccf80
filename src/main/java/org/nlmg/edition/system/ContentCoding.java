package org.nlmg.edition.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * The encodings a stored page travels in, best first: brotli, gzip, and the plain bytes.
 * Each is made once, at its smallest, because a page is encoded once and sent many times.
 */
public enum ContentCoding {

	BROTLI("br", ".br"), GZIP("gzip", ".gz"), IDENTITY("identity", "");

	private final String token;

	private final String fileSuffix;

	ContentCoding(String token, String fileSuffix) {
		this.token = token;
		this.fileSuffix = fileSuffix;
	}

	/** The name of the coding in {@code Accept-Encoding} and {@code Content-Encoding}. */
	public String token() {
		return this.token;
	}

	/** What a static host's precompressed sibling of a file ends with. */
	public String fileSuffix() {
		return this.fileSuffix;
	}

	/** The bytes in this coding. */
	public byte[] encode(byte[] plain) {
		return switch (this) {
			case BROTLI -> brotli(plain);
			case GZIP -> gzip(plain);
			case IDENTITY -> plain;
		};
	}

	/**
	 * The best coding a client accepts (RFC 9110, 12.5.3): the highest q-value wins, ties
	 * go to the smaller coding, and {@code identity} is acceptable unless refused.
	 */
	public static ContentCoding negotiate(String acceptEncoding) {
		if (acceptEncoding == null || acceptEncoding.isBlank()) {
			return IDENTITY;
		}
		ContentCoding best = IDENTITY;
		double bestQuality = 0;
		// values() runs best first, so a tie keeps the smaller coding.
		for (ContentCoding coding : values()) {
			double quality = coding.quality(acceptEncoding);
			if (quality > bestQuality) {
				best = coding;
				bestQuality = quality;
			}
		}
		return best;
	}

	private double quality(String acceptEncoding) {
		Double named = null;
		Double anyOther = null;
		for (String element : acceptEncoding.split(",")) {
			String[] parts = element.split(";");
			String name = parts[0].strip().toLowerCase(Locale.ROOT);
			double q = qValue(parts);
			if (name.equals(this.token)) {
				named = q;
			}
			else if (name.equals("*")) {
				anyOther = q;
			}
		}
		if (named != null) {
			return named;
		}
		if (anyOther != null) {
			return anyOther;
		}
		return (this == IDENTITY) ? 0.001 : 0.0;
	}

	private static double qValue(String[] parameters) {
		for (int i = 1; i < parameters.length; i++) {
			String parameter = parameters[i].strip();
			if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
				try {
					return Math.max(0, Math.min(1, Double.parseDouble(parameter.substring(2))));
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	private static byte[] gzip(byte[] plain) {
		ByteArrayOutputStream gzipped = new ByteArrayOutputStream(plain.length / 3 + 64);
		// GZIPOutputStream has no level setting; its deflater is reachable from a
		// subclass.
		try (GZIPOutputStream out = new GZIPOutputStream(gzipped) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			out.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return gzipped.toByteArray();
	}

	private static byte[] brotli(byte[] plain) {
		Brotli4jLoader.ensureAvailability();
		try {
			return Encoder.compress(plain, new Encoder.Parameters().setQuality(11).setMode(Encoder.Mode.TEXT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
