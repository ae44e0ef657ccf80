package org.nlmg.edition.picture;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.NovelCharacter.Role;
import org.nlmg.edition.model.Relationship;
import org.nlmg.edition.model.Theme;
import org.nlmg.edition.reading.ReadingPosition;
import org.nlmg.edition.reading.SpoilerPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/** The pictures drawn from plain entities: exact markup, the position, the layout. */
class PictureTests {

	private final NovelCharacter kathy = new NovelCharacter("kathy", "Kathy H.", "Narrator.", Role.MAIN,
			"characters/kathy.md", 1, List.of());

	private final NovelCharacter ruth = new NovelCharacter("ruth", "Ruth", "Friend.", Role.MAIN, "characters/ruth.md",
			1, List.of());

	private final NovelCharacter laura = new NovelCharacter("laura", "Laura", "Carer.", Role.MINOR,
			"characters/laura.md", 2, List.of());

	private final Chapter one = new Chapter(1, "One", "Kathy at 31 recalls herself at 12", 12, 12, "First.",
			"<p>Synopsis.</p>", "chapters/chapter-01.md", List.of(), List.of(this.kathy, this.ruth), List.of());

	private final Chapter two = new Chapter(2, "Two", "Kathy at 31 recalls herself at 13 & later", 13, 16, "Second.",
			"<p>Synopsis.</p>", "chapters/chapter-02.md", List.of(), List.of(this.kathy, this.laura), List.of());

	private final Theme memory = new Theme("memory", "Memory: what is kept", "Memory.", "themes/memory.md", null,
			List.of());

	private final List<ChapterNote> notes = List.of(new ChapterNote(this.two, this.memory, 0, "<p>Note.</p>"));

	private static SpoilerPolicy upto(Integer chapter) {
		return new SpoilerPolicy(ReadingPosition.of((chapter != null) ? String.valueOf(chapter) : null, null, false));
	}

	@Test
	void theThemeTrackerAsExactMarkup() {
		Grid grid = Grids.themes(List.of(this.one, this.two), this.notes, upto(null));
		assertThat(grid.getSvg()).isEqualTo("<svg class=\"picture-svg grid\" width=\"112\" height=\"56\" "
				+ "viewBox=\"0 0 112 56\" role=\"group\" aria-labelledby=\"theme-tracker-title\" "
				+ "aria-describedby=\"theme-tracker-desc\"><title id=\"theme-tracker-title\">Theme tracker</title>"
				+ "<desc id=\"theme-tracker-desc\">" + grid.description() + "</desc>"
				+ "<a href=\"/chapters/1\" aria-label=\"Chapter 1\"><text class=\"axis\" x=\"65\" y=\"18\" "
				+ "text-anchor=\"middle\">1</text></a>"
				+ "<a href=\"/chapters/2\" aria-label=\"Chapter 2\"><text class=\"axis\" x=\"91\" y=\"18\" "
				+ "text-anchor=\"middle\">2</text></a>"
				+ "<g class=\"row\" data-row=\"memory\"><line class=\"row-rule\" x1=\"52\" y1=\"39\" x2=\"104\" "
				+ "y2=\"39\"/><a href=\"/themes/memory\"><text class=\"label\" x=\"44\" y=\"43\" "
				+ "text-anchor=\"end\">Memory</text></a><a href=\"/themes/memory#chapter-2\" "
				+ "aria-label=\"Memory in chapter 2\"><rect class=\"hit\" x=\"78\" y=\"26\" width=\"26\" "
				+ "height=\"26\"/><path class=\"mark c1\" fill-rule=\"evenodd\" "
				+ "d=\"M83 39a8 8 0 1 0 16 0a8 8 0 1 0 -16 0Z\"/></a></g></svg>");
	}

	@Test
	void aReaderAtChapterOneSeesOneColumnAndNoLaterMarkOrName() {
		Grid themes = Grids.themes(List.of(this.one, this.two), this.notes, upto(1));
		assertThat(themes.chapters()).extracting(Grid.Link::chapter).containsExactly(1);
		assertThat(themes.rows()).singleElement().satisfies((row) -> assertThat(row.marks()).isEmpty());
		assertThat(themes.getSvg()).doesNotContain("chapter 2").doesNotContain("chapters/2");
		Grid characters = Grids.characters(List.of(this.one, this.two), upto(1));
		assertThat(characters.rows()).extracting(Grid.Row::key).containsExactly("kathy", "ruth");
		assertThat(characters.getSvg()).doesNotContain("Laura").contains("/chapters/1?upto=1");
		Timeline timeline = Timeline.of(List.of(this.one, this.two), upto(1));
		assertThat(timeline.entries()).extracting(Timeline.Entry::chapter).containsExactly(1);
		assertThat(timeline.getSvg()).doesNotContain("Chapter 2");
	}

	@Test
	void aStripKeepsItsRowsShapeAndColour() {
		Grid grid = Grids.themes(List.of(this.one, this.two), this.notes, upto(null));
		Grid strip = grid.only(Set.of("memory"), "strip", "Strip", "One row.", 2);
		assertThat(strip.rows()).isEqualTo(grid.rows());
		assertThat(strip.getSvg()).contains("<rect class=\"highlight\" x=\"78\" y=\"0\" width=\"26\" height=\"56\"/>");
		assertThat(grid.only(Set.of(), "none", "None", "No row.", null).isEmpty()).isTrue();
	}

	@Test
	void everyThemeShapeIsDrawnDifferently() {
		assertThat(Arrays.stream(Shape.values()).map((shape) -> shape.path(10, 10, 8)).distinct())
			.hasSize(Shape.values().length);
		assertThat(Shape.nth(Shape.values().length)).isEqualTo(Shape.nth(0));
	}

	@Test
	void textAndAttributesAreEscaped() {
		Timeline timeline = Timeline.of(List.of(this.one, this.two), upto(null));
		assertThat(timeline.getSvg()).contains("aria-label=\"Chapter 2: Two\"");
		assertThat(new Svg().text("text", "<a & \"b\">", "class", "x\"y").toString())
			.isEqualTo("<text class=\"x&quot;y\">&lt;a &amp; &quot;b&quot;&gt;</text>");
		assertThat(Svg.number(12.0)).isEqualTo("12");
		assertThat(Svg.number(1234.56)).isEqualTo("1234.6");
		assertThat(timeline.getInKathysOrder()).extracting(Timeline.Entry::getAges).containsExactly("12", "13–16");
	}

	@Test
	void theRelationshipMapDrawsOnlyWhatTheReaderHasLearned() {
		List<Relationship> ties = List.of(new Relationship(this.kathy, 0, "friend", this.ruth, null),
				new Relationship(this.kathy, 1, "carer of", this.ruth, 2),
				new Relationship(this.ruth, 0, "friend", this.kathy, null),
				new Relationship(this.laura, 0, "friend", this.kathy, null));
		RelationshipMap early = RelationshipMap.of(ties, List.of(this.one, this.two), upto(1));
		assertThat(early.edges()).singleElement().satisfies((edge) -> {
			assertThat(edge.from().slug()).isEqualTo("kathy");
			assertThat(edge.label()).isEqualTo("friend");
		});
		assertThat(early.getSvg()).doesNotContain("Laura").doesNotContain("carer of");
		RelationshipMap all = RelationshipMap.of(ties, List.of(this.one, this.two), upto(null));
		assertThat(all.edges()).extracting(RelationshipMap.Edge::label).containsExactly("friend, carer of", "friend");
		// Kathy, in both chapters, is in the middle; the same ties in another order give
		// the same picture.
		assertThat(all.nodes().get(0).slug()).isEqualTo("kathy");
		assertThat(all.nodes().get(0).x()).isEqualTo(RelationshipMap.WIDTH / 2.0);
		List<Relationship> reversed = new java.util.ArrayList<>(ties);
		java.util.Collections.reverse(reversed);
		assertThat(RelationshipMap.of(reversed, List.of(this.one, this.two), upto(null)).getSvg())
			.isEqualTo(all.getSvg());
	}

}
