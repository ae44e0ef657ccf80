package org.nlmg.edition.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG markup for inline use in a page: elements, attributes and text, every value
 * escaped, every number with at most one decimal.
 */
final class Svg {

	private final StringBuilder out = new StringBuilder();

	/**
	 * Opens an element; attributes come as name, value pairs (null values are left out).
	 */
	Svg open(String name, Object... attributes) {
		tag(name, attributes);
		this.out.append('>');
		return this;
	}

	/** An element without content. */
	Svg empty(String name, Object... attributes) {
		tag(name, attributes);
		this.out.append("/>");
		return this;
	}

	/** An element holding only text. */
	Svg text(String name, String text, Object... attributes) {
		return open(name, attributes).text(text).close(name);
	}

	Svg text(String text) {
		this.out.append(escape(text));
		return this;
	}

	Svg close(String name) {
		this.out.append("</").append(name).append('>');
		return this;
	}

	/**
	 * The picture's title and description, named by the svg element's aria attributes.
	 */
	Svg heading(String id, String title, String description) {
		return text("title", title, "id", id + "-title").text("desc", description, "id", id + "-desc");
	}

	private void tag(String name, Object... attributes) {
		this.out.append('<').append(name);
		for (int i = 0; i < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value != null) {
				this.out.append(' ').append(attributes[i]).append("=\"").append(escape(format(value))).append('"');
			}
		}
	}

	private static String format(Object value) {
		return (value instanceof Double number) ? number(number) : String.valueOf(value);
	}

	/** A coordinate as SVG wants it: "12", "12.5", never "12.0" or "1.2E3". */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
