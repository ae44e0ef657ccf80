package org.nlmg.edition.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Relationship;
import org.nlmg.edition.reading.SpoilerPolicy;

/**
 * The characters and their typed relationships as a map, for one reader: only the
 * relationships the reader has learned, between characters the reader has met.
 *
 * The layout is computed, never random, so the same content always gives the same
 * picture: the character present in most of the reader's chapters in the middle, the
 * other main characters on an inner ring, the minor characters on an outer ring, each
 * placed next to the one they are most tied to.
 *
 * @param nodes the characters, placed
 * @param edges one line per pair of characters, from the one whose own page states the
 * tie, labelled with its types
 * @param ties every relationship drawn, for the list beside the picture
 */
public record RelationshipMap(String id, String title, String description, List<Node> nodes, List<Edge> edges,
		List<Tie> ties) {

	/** A character on the map. */
	public record Node(String slug, String name, String url, boolean main, double x, double y) {
	}

	/** A line from one character to another, labelled "friend, carer of". */
	public record Edge(Node from, Node to, String label) {
	}

	/**
	 * One relationship as the character's front matter states it.
	 *
	 * @param chapter the chapter in which the reader learns it, or null when it is known
	 * from the start
	 */
	public record Tie(Node character, String type, Node other, Integer chapter) {
	}

	static final int INNER = 170;

	static final int OUTER = 330;

	static final int MARGIN_X = 130;

	static final int MARGIN_Y = 40;

	static final int WIDTH = 2 * (OUTER + MARGIN_X);

	static final int HEIGHT = 2 * (OUTER + MARGIN_Y);

	/**
	 * @param relationships every relationship, in the order the characters' files state
	 * them
	 * @param chapters every chapter, with the characters present in it
	 */
	public static RelationshipMap of(List<Relationship> relationships, List<Chapter> chapters, SpoilerPolicy policy) {
		List<Relationship> shown = relationships.stream()
			.filter((r) -> policy.shows(r) && policy.shows(r.getCharacter()) && policy.shows(r.getOther()))
			.sorted(Comparator.comparing((Relationship r) -> r.getCharacter().getSlug())
				.thenComparing(Relationship::getPosition))
			.toList();
		Map<String, Integer> weight = new HashMap<>();
		for (Chapter chapter : policy.filter(chapters).items()) {
			chapter.getCharacters().forEach((c) -> weight.merge(c.getSlug(), 1, Integer::sum));
		}
		Map<String, NovelCharacter> characters = new HashMap<>();
		for (Relationship r : shown) {
			characters.put(r.getCharacter().getSlug(), r.getCharacter());
			characters.put(r.getOther().getSlug(), r.getOther());
		}
		Comparator<NovelCharacter> heaviestFirst = Comparator
			.comparing((NovelCharacter c) -> -weight.getOrDefault(c.getSlug(), 0))
			.thenComparing(NovelCharacter::getSlug);
		Map<String, Node> nodes = layout(characters.values().stream().sorted(heaviestFirst).toList(), shown,
				heaviestFirst, policy);
		List<Tie> ties = shown.stream()
			.map((r) -> new Tie(nodes.get(r.getCharacter().getSlug()), r.getType(), nodes.get(r.getOther().getSlug()),
					r.getChapter()))
			.toList();
		return new RelationshipMap("relationship-map", "Relationship map",
				"The characters as points, each linked to their page, and their relationships as lines labelled with how the first character stands to the second; the arrow points to the second. The character present in the most chapters is in the middle, the other main characters on the inner ring and minor characters on the outer ring."
						+ (policy.position().isWholeBook() ? ""
								: " Only relationships learned by chapter " + policy.position().upto() + " are drawn."),
				List.copyOf(nodes.values()), edges(ties, weight), ties);
	}

	private static Map<String, Node> layout(List<NovelCharacter> byWeight, List<Relationship> shown,
			Comparator<NovelCharacter> heaviestFirst, SpoilerPolicy policy) {
		Map<String, Node> nodes = new LinkedHashMap<>();
		if (byWeight.isEmpty()) {
			return nodes;
		}
		double cx = WIDTH / 2.0;
		double cy = HEIGHT / 2.0;
		NovelCharacter centre = byWeight.get(0);
		nodes.put(centre.getSlug(), node(centre, cx, cy, policy));
		List<NovelCharacter> inner = byWeight.stream().skip(1).filter(NovelCharacter::isMain).toList();
		place(inner, INNER, nodes, policy);
		// Each minor character goes beside the heaviest character they are tied to, so
		// that lines stay short: the outer ring follows the inner ring's order.
		List<String> anchors = new ArrayList<>(nodes.keySet());
		List<NovelCharacter> outer = byWeight.stream()
			.skip(1)
			.filter((c) -> !c.isMain())
			.sorted(Comparator.comparing((NovelCharacter c) -> anchor(c, shown, anchors, heaviestFirst))
				.thenComparing(heaviestFirst))
			.toList();
		place(outer, OUTER, nodes, policy);
		return nodes;
	}

	/** Where a character's heaviest tie stands among the inner ring (the centre last). */
	private static int anchor(NovelCharacter character, List<Relationship> shown, List<String> anchors,
			Comparator<NovelCharacter> heaviestFirst) {
		Set<String> tied = new TreeSet<>();
		for (Relationship r : shown) {
			if (r.getCharacter().equals(character)) {
				tied.add(r.getOther().getSlug());
			}
			if (r.getOther().equals(character)) {
				tied.add(r.getCharacter().getSlug());
			}
		}
		for (int i = 1; i < anchors.size(); i++) {
			if (tied.contains(anchors.get(i))) {
				return i;
			}
		}
		return anchors.size();
	}

	/** Characters evenly round a ring, the first at the top, clockwise. */
	private static void place(List<NovelCharacter> ring, int radius, Map<String, Node> nodes, SpoilerPolicy policy) {
		for (int i = 0; i < ring.size(); i++) {
			double angle = 2 * Math.PI * i / ring.size();
			nodes.put(ring.get(i).getSlug(), node(ring.get(i), WIDTH / 2.0 + radius * Math.sin(angle),
					HEIGHT / 2.0 - radius * Math.cos(angle), policy));
		}
	}

	private static Node node(NovelCharacter character, double x, double y, SpoilerPolicy policy) {
		return new Node(character.getSlug(), character.getName(), Grids.link(policy, character.getUrl()),
				character.isMain(), Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0);
	}

	/**
	 * One edge per pair: the ties stated by the heavier character of the two, or by the
	 * other when the heavier states none.
	 */
	private static List<Edge> edges(List<Tie> ties, Map<String, Integer> weight) {
		Map<String, List<Tie>> byPair = new LinkedHashMap<>();
		for (Tie tie : ties) {
			String a = tie.character().slug();
			String b = tie.other().slug();
			byPair.computeIfAbsent((a.compareTo(b) < 0) ? a + " " + b : b + " " + a, (k) -> new ArrayList<>()).add(tie);
		}
		List<Edge> edges = new ArrayList<>();
		byPair.values().forEach((pair) -> {
			Node from = pair.stream()
				.map(Tie::character)
				.min(Comparator.comparing((Node n) -> -weight.getOrDefault(n.slug(), 0)).thenComparing(Node::slug))
				.orElseThrow();
			List<String> types = pair.stream()
				.filter((tie) -> tie.character() == from)
				.map(Tie::type)
				.distinct()
				.toList();
			Node to = pair.stream().filter((tie) -> tie.character() == from).findFirst().orElseThrow().other();
			edges.add(new Edge(from, to, String.join(", ", types)));
		});
		return List.copyOf(edges);
	}

	public boolean isEmpty() {
		return this.nodes.isEmpty();
	}

	/** The map as inline SVG, at its natural size: it scrolls in its frame. */
	public String getSvg() {
		Svg svg = new Svg().open("svg", "class", "picture-svg map", "width", WIDTH, "height", HEIGHT, "viewBox",
				"0 0 " + WIDTH + " " + HEIGHT, "role", "group", "aria-labelledby", this.id + "-title",
				"aria-describedby", this.id + "-desc");
		svg.heading(this.id, this.title, this.description);
		svg.open("defs")
			.open("marker", "id", this.id + "-arrow", "viewBox", "0 0 10 10", "refX", 10, "refY", 5, "markerWidth", 7,
					"markerHeight", 7, "orient", "auto-start-reverse")
			.empty("path", "class", "arrow", "d", "M0 0L10 5L0 10Z")
			.close("marker")
			.close("defs");
		for (Edge edge : this.edges) {
			double dx = edge.to().x() - edge.from().x();
			double dy = edge.to().y() - edge.from().y();
			double length = Math.hypot(dx, dy);
			double start = radius(edge.from()) + 2;
			double end = radius(edge.to()) + 3;
			svg.empty("line", "class", "edge", "x1", edge.from().x() + dx * start / length, "y1",
					edge.from().y() + dy * start / length, "x2", edge.to().x() - dx * end / length, "y2",
					edge.to().y() - dy * end / length, "marker-end", "url(#" + this.id + "-arrow)");
		}
		for (Edge edge : this.edges) {
			// Past the middle, so that labels on lines from the centre clear the inner
			// ring.
			double t = (edge.from().x() == WIDTH / 2.0 && edge.from().y() == HEIGHT / 2.0 && !edge.to().main()) ? 0.72
					: 0.5;
			svg.text("text", edge.label(), "class", "edge-label", "x",
					edge.from().x() + (edge.to().x() - edge.from().x()) * t, "y",
					edge.from().y() + (edge.to().y() - edge.from().y()) * t + 4, "text-anchor", "middle");
		}
		for (Node node : this.nodes) {
			double dx = node.x() - WIDTH / 2.0;
			double dy = node.y() - HEIGHT / 2.0;
			double length = Math.hypot(dx, dy);
			// Names stand outside their point, away from the centre.
			double nx = (length == 0) ? 0 : dx / length;
			double ny = (length == 0) ? 1 : dy / length;
			String anchor = (nx > 0.3) ? "start" : (nx < -0.3) ? "end" : "middle";
			double offset = radius(node) + 5;
			svg.open("a", "href", node.url())
				.empty("circle", "class", node.main() ? "node main" : "node minor", "cx", node.x(), "cy", node.y(), "r",
						(double) radius(node))
				.text("text", node.name(), "class", "name", "x", node.x() + nx * offset, "y",
						node.y() + ny * offset + ((ny > 0.3) ? 12 : (ny < -0.3) ? -3 : 4), "text-anchor", anchor)
				.close("a");
		}
		return svg.close("svg").toString();
	}

	private static int radius(Node node) {
		return node.main() ? 9 : 6;
	}

}
