package org.nlmg.edition.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nlmg.edition.model.Part;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML between the two {@code ---} lines at the top of a content file, read as
 * SnakeYAML nodes so that every value keeps the line it stands on. Accessors report what
 * is wrong to the file's {@link Problems} and return null, so reading goes on and every
 * problem is found in one run.
 */
final class FrontMatter {

	/** A scalar value and the 1-based line it stands on. */
	record Value(String text, int line) {
	}

	private final String file;

	private final Problems problems;

	private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

	/** Whether the front matter could not be read as YAML keys at all. */
	private boolean broken;

	private FrontMatter(String file, Problems problems) {
		this.file = file;
		this.problems = problems;
	}

	/** The parsed front matter and the Markdown body after it. */
	record Split(FrontMatter frontMatter, String body, int bodyFirstLine) {
	}

	static Split read(String file, String text, Problems problems) {
		FrontMatter frontMatter = new FrontMatter(file, problems);
		String[] lines = text.split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals("---")) {
			frontMatter.broken = true;
			problems.add(file, 1, "the file must start with front matter: a line '---', YAML keys, and another '---'");
			return new Split(frontMatter, text, 1);
		}
		int end = 1;
		while (end < lines.length && !lines[end].strip().equals("---")) {
			end++;
		}
		if (end == lines.length) {
			frontMatter.broken = true;
			problems.add(file, 1, "the front matter is not closed: add a line '---' after its last key");
			return new Split(frontMatter, "", lines.length);
		}
		String yaml = String.join("\n", List.of(lines).subList(1, end));
		frontMatter.parse(yaml);
		String body = String.join("\n", List.of(lines).subList(end + 1, lines.length));
		return new Split(frontMatter, body, end + 2);
	}

	private void parse(String yaml) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			this.broken = true;
			malformed(ex, yaml.split("\n", -1));
			return;
		}
		catch (YAMLException ex) {
			this.broken = true;
			this.problems.add(this.file, 1, "malformed front matter: " + ex.getMessage());
			return;
		}
		if (root == null) {
			return;
		}
		if (!(root instanceof MappingNode mapping)) {
			this.broken = true;
			this.problems.add(this.file, lineOf(root), "front matter must be a list of 'key: value' lines");
			return;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				if (this.entries.putIfAbsent(key.getValue(), tuple) != null) {
					this.problems.add(this.file, lineOf(key), "key '" + key.getValue() + "' is given twice");
				}
			}
			else {
				this.problems.add(this.file, lineOf(tuple.getKeyNode()), "a front matter key must be a plain word");
			}
		}
	}

	/**
	 * Reports a YAML error at the line to look at. Something left open (a bracket, a
	 * quote, a key without its colon) is noticed only on a later line: it is reported
	 * where it was opened.
	 */
	private void malformed(MarkedYAMLException ex, String[] lines) {
		if (ex.getContextMark() != null && ex.getContext() != null
				&& !ex.getContext().startsWith("while parsing a block")) {
			this.problems.add(this.file, ex.getContextMark().getLine() + 2,
					"malformed front matter: " + ex.getContext() + ", " + ex.getProblem());
			return;
		}
		Mark mark = ex.getProblemMark();
		if (mark == null) {
			this.problems.add(this.file, 1, "malformed front matter: " + ex.getProblem());
			return;
		}
		int line = mark.getLine();
		// A colon first on its line, after keys without one: YAML read those lines as one
		// long key running into this one.
		if (line < lines.length
				&& !lines[line].substring(0, Math.min(mark.getColumn(), lines[line].length())).contains(":")) {
			int start = line;
			while (start > 0 && isBareWords(lines[start - 1])) {
				start--;
			}
			if (start < line) {
				this.problems.add(this.file, start + 2,
						"malformed front matter: this line is not 'key: value' (is its colon missing?)");
				return;
			}
		}
		this.problems.add(this.file, line + 2, "malformed front matter: " + ex.getProblem());
	}

	private static boolean isBareWords(String line) {
		return !line.isBlank() && !line.startsWith(" ") && !line.contains(":");
	}

	/** Reports every key that this kind of file does not use: usually a typo. */
	void rejectUnknownKeys(Set<String> allowed) {
		this.entries.forEach((key, tuple) -> {
			if (!allowed.contains(key)) {
				this.problems.add(this.file, lineOf(tuple.getKeyNode()), "unknown front matter key '" + key
						+ "' (allowed here: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
		});
	}

	/**
	 * Once the front matter cannot be read, that is its one problem: the keys it seems to
	 * lack are not reported as well.
	 */
	boolean isBroken() {
		return this.broken;
	}

	void problem(int line, String reason) {
		if (!this.broken) {
			this.problems.add(this.file, line, reason);
		}
	}

	/** A chapter reference inside front matter, which must lie within the novel. */
	Integer chapter(String key, Value value) {
		Integer number = number(key, value);
		if (number != null && !Part.isChapter(number)) {
			problem(value.line(),
					"'" + key + "' must be a chapter of the novel (1–" + Part.LAST_CHAPTER + "), not " + number);
			return null;
		}
		return number;
	}

	int lineOfKey(String key) {
		NodeTuple tuple = this.entries.get(key);
		return (tuple != null) ? lineOf(tuple.getKeyNode()) : 1;
	}

	Value requiredText(String key) {
		Value value = optionalText(key);
		if (value == null && !this.entries.containsKey(key)) {
			problem(1, "missing required front matter key '" + key + "'");
		}
		return value;
	}

	Value optionalText(String key) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null) {
			return null;
		}
		return scalar(key, tuple.getValueNode());
	}

	Integer requiredNumber(String key) {
		Value value = requiredText(key);
		return (value != null) ? number(key, value) : null;
	}

	Integer number(String key, Value value) {
		try {
			return Integer.valueOf(value.text().strip());
		}
		catch (NumberFormatException ex) {
			this.problems.add(this.file, value.line(),
					"'" + key + "' must be a whole number, not '" + value.text() + "'");
			return null;
		}
	}

	/** A list of plain values: {@code characters: [kathy, ruth]}. */
	List<Value> list(String key) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null) {
			return List.of();
		}
		if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
			this.problems.add(this.file, lineOf(tuple.getValueNode()), "'" + key + "' must be a list, like [a, b]");
			return List.of();
		}
		List<Value> values = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			Value value = scalar(key, item);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	/**
	 * A map of names to text: {@code themes: {memory: "..."}}; each entry keyed by its
	 * name.
	 */
	Map<Value, Value> map(String key) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null) {
			return Map.of();
		}
		if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
			this.problems.add(this.file, lineOf(tuple.getValueNode()),
					"'" + key + "' must be a map of 'name: text' lines");
			return Map.of();
		}
		Map<Value, Value> values = new LinkedHashMap<>();
		for (NodeTuple item : mapping.getValue()) {
			Value name = scalar(key, item.getKeyNode());
			Value text = scalar(key, item.getValueNode());
			if (name != null && text != null) {
				values.put(name, text);
			}
		}
		return values;
	}

	/** A list of small maps: {@code relationships: [{type: friend, with: ruth}]}. */
	List<Map<String, Value>> records(String key, Set<String> fields) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null) {
			return List.of();
		}
		if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
			this.problems.add(this.file, lineOf(tuple.getValueNode()),
					"'" + key + "' must be a list of {key: value} items");
			return List.of();
		}
		List<Map<String, Value>> records = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (!(item instanceof MappingNode mapping)) {
				this.problems.add(this.file, lineOf(item), "each item of '" + key + "' must be a {key: value} map");
				continue;
			}
			Map<String, Value> fieldValues = new LinkedHashMap<>();
			for (NodeTuple field : mapping.getValue()) {
				Value name = scalar(key, field.getKeyNode());
				Value value = scalar(key, field.getValueNode());
				if (name == null || value == null) {
					continue;
				}
				if (!fields.contains(name.text())) {
					this.problems.add(this.file, name.line(), "unknown key '" + name.text() + "' in '" + key
							+ "' (allowed: " + String.join(", ", fields.stream().sorted().toList()) + ")");
				}
				fieldValues.put(name.text(), value);
			}
			records.add(fieldValues);
		}
		return records;
	}

	private Value scalar(String key, Node node) {
		if (node instanceof ScalarNode scalar) {
			if (scalar.getValue().isBlank()) {
				this.problems.add(this.file, lineOf(node), "'" + key + "' has an empty value");
				return null;
			}
			return new Value(scalar.getValue(), lineOf(node));
		}
		this.problems.add(this.file, lineOf(node), "'" + key + "' must be a single value here, not a list or map");
		return null;
	}

	/**
	 * Node marks count from 0 within the YAML; the YAML starts on the file's second line.
	 */
	private static int lineOf(Node node) {
		return node.getStartMark().getLine() + 2;
	}

}
