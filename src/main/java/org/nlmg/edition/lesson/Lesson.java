package org.nlmg.edition.lesson;

import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A lesson as its address carries it: a title, a note, a reading position and the
 * sections in order, each a page path and an anchor ({@code chapters/5:pencil-case}).
 * Nothing is stored anywhere else, so the address is the lesson.
 *
 * @param title the lesson's title, or empty
 * @param note a short note for the class, or empty
 * @param upto the reading position the lesson is for, as {@code ?upto} takes it, or empty
 * for the reader's own
 * @param sections the sections, in order, as written in the address
 * @param problems what could not be read from the address, for the reader
 */
public record Lesson(String title, String note, String upto, List<String> sections, List<String> problems) {

	static final String PATH = "/lesson";

	static final int MAX_TITLE = 80;

	static final int MAX_NOTE = 300;

	static final int MAX_SECTIONS = 20;

	/** About what a learning platform's link field and a QR code take comfortably. */
	static final int MAX_ADDRESS = 1500;

	/** A page path and, after a colon, one of its permanent anchors. */
	private static final Pattern SECTION = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*(:[A-Za-z0-9_-]+)?");

	static final Lesson EMPTY = new Lesson("", "", "", List.of(), List.of());

	/** Reads a lesson from its address's parameters, keeping what it can. */
	static Lesson of(Map<String, String[]> parameters) {
		List<String> problems = new ArrayList<>();
		String title = text(first(parameters, "title"), MAX_TITLE, "title", problems);
		String note = text(first(parameters, "note"), MAX_NOTE, "note", problems);
		String upto = first(parameters, "upto").strip();
		List<String> sections = new ArrayList<>();
		String[] given = parameters.getOrDefault("s", new String[0]);
		for (int i = 0; i < given.length; i++) {
			String section = given[i].strip();
			if (sections.size() == MAX_SECTIONS) {
				problems.add("A lesson has at most " + MAX_SECTIONS + " sections; the rest were left out.");
				break;
			}
			if (SECTION.matcher(section).matches()) {
				sections.add(section);
			}
			else {
				problems.add("Section " + (i + 1) + " ('" + abbreviate(section)
						+ "') is not a section address, so it was left out.");
			}
		}
		return new Lesson(title, note, upto, List.copyOf(sections), List.copyOf(problems));
	}

	/** Reads a lesson from the query of its address, as {@link #query()} writes it. */
	static Lesson ofQuery(String query) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		UriComponentsBuilder.newInstance()
			.query(query)
			.build()
			.getQueryParams()
			.forEach((name, values) -> parameters.put(name,
					values.stream()
						.map((value) -> (value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : "")
						.toArray(String[]::new)));
		return of(parameters);
	}

	private static String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values != null && values.length > 0) ? values[0] : "";
	}

	private static String text(String value, int max, String what, List<String> problems) {
		String text = value.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
		if (text.length() > max) {
			problems.add("The " + what + " was cut to " + max + " characters.");
			return text.substring(0, max);
		}
		return text;
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

	/** The section address of an anchor on a page: what "add to lesson" links carry. */
	static String section(String path, String anchor) {
		String page = path.startsWith("/") ? path.substring(1) : path;
		return (anchor == null || anchor.isEmpty()) ? page : page + ":" + anchor;
	}

	/**
	 * Reads a section from what a teacher pastes: a section address, or a page's address
	 * with its anchor ({@code https://…/chapters/5#pencil-case}).
	 */
	static String pasted(String value) {
		String text = value.strip().replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("\\?[^#]*", "");
		int hash = text.indexOf('#');
		return (hash >= 0) ? section(text.substring(0, hash), text.substring(hash + 1)) : section(text, null);
	}

	Lesson with(List<String> newSections) {
		return new Lesson(this.title, this.note, this.upto, List.copyOf(newSections), List.of());
	}

	/** The lesson with a section added at the end, unless it is there already or full. */
	Lesson adding(String section) {
		if (this.sections.contains(section) || this.sections.size() >= MAX_SECTIONS) {
			return with(this.sections);
		}
		List<String> sections = new ArrayList<>(this.sections);
		sections.add(section);
		return with(sections);
	}

	/** The lesson with the section at the index moved by one place, up or down. */
	Lesson moving(int index, int by) {
		List<String> sections = new ArrayList<>(this.sections);
		int to = index + by;
		if (index >= 0 && index < sections.size() && to >= 0 && to < sections.size()) {
			Collections.swap(sections, index, to);
		}
		return with(sections);
	}

	Lesson removing(int index) {
		List<String> sections = new ArrayList<>(this.sections);
		if (index >= 0 && index < sections.size()) {
			sections.remove(index);
		}
		return with(sections);
	}

	/** The query that carries the lesson: the lesson page's and the builder's. */
	String query() {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		if (!this.title.isEmpty()) {
			query.queryParam("title", this.title);
		}
		if (!this.note.isEmpty()) {
			query.queryParam("note", this.note);
		}
		if (!this.upto.isEmpty()) {
			query.queryParam("upto", this.upto);
		}
		this.sections.forEach((section) -> query.queryParam("s", section));
		String encoded = query.encode().build().getQuery();
		return (encoded != null) ? encoded : "";
	}

	/** The lesson page's address, relative to the site. */
	String address() {
		String query = query();
		return PATH + (query.isEmpty() ? "" : "?" + query);
	}

	public boolean isEmpty() {
		return this.sections.isEmpty() && this.title.isEmpty() && this.note.isEmpty();
	}

}
