package org.nlmg.edition.character;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryView.Card;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Relationship;
import org.nlmg.edition.picture.Grid;
import org.nlmg.edition.picture.Grids;
import org.nlmg.edition.picture.RelationshipMap;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.reading.SpoilerPolicy.Shown;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the character pages' models for a reader. */
@Service
@Transactional(readOnly = true)
public class CharacterPages {

	private final NovelCharacterRepository characters;

	private final RelationshipRepository relationships;

	private final ChapterRepository chapters;

	private final EntryViews entryViews;

	CharacterPages(NovelCharacterRepository characters, RelationshipRepository relationships,
			ChapterRepository chapters, EntryViews entryViews) {
		this.characters = characters;
		this.relationships = relationships;
		this.chapters = chapters;
		this.entryViews = entryViews;
	}

	/** The main characters, those who carry the most chapters first. */
	public Shown<Card> mainCharacters(SpoilerPolicy policy) {
		Map<NovelCharacter, Long> presence = this.chapters.findAllByOrderByNumberAsc()
			.stream()
			.flatMap((chapter) -> chapter.getCharacters().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		List<NovelCharacter> main = this.characters.findAllByOrderByTitleAsc()
			.stream()
			.filter(NovelCharacter::isMain)
			.sorted(Comparator.comparing((NovelCharacter c) -> presence.getOrDefault(c, 0L)).reversed())
			.toList();
		return this.entryViews.cards(main, policy);
	}

	public Shown<Card> minorCharacters(SpoilerPolicy policy) {
		return this.entryViews
			.cards(this.characters.findAllByOrderByTitleAsc().stream().filter((c) -> !c.isMain()).toList(), policy);
	}

	CharacterView character(String slug, SpoilerPolicy policy) {
		NovelCharacter character = this.characters.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(ContentKind.CHARACTER, slug));
		Shown<Chapter> appearances = policy.filter(this.chapters.findByCharactersContainingOrderByNumberAsc(character));
		Shown<Relationship> relationships = policy
			.filter(this.relationships.findByCharacterOrderByPositionAsc(character));
		EntryView<NovelCharacter> page = this.entryViews.of(character, policy,
				List.of(Crumb.index(ContentKind.CHARACTER)), appearances.heldBack() + relationships.heldBack());
		if (page.isGated()) {
			return new CharacterView(page, List.of(), List.of(), null);
		}
		Grid strip = whoIsWhere(policy).only(Set.of(slug), "character-strip",
				"Where " + character.getName() + " appears", "The chapters so far across; a mark where "
						+ character.getName() + " is present, linking to the chapter.",
				null);
		return new CharacterView(page, appearances.items(), relationships.items(), strip);
	}

	/** Who is where: every character across the chapters the reader may see. */
	Grid whoIsWhere(SpoilerPolicy policy) {
		return Grids.characters(this.chapters.findAllByOrderByNumberAsc(), policy);
	}

	/** Everyone's relationships that the reader has learned, as a map. */
	RelationshipMap relationshipMap(SpoilerPolicy policy) {
		return RelationshipMap.of(this.relationships.findAllByOrderByPositionAsc(),
				this.chapters.findAllByOrderByNumberAsc(), policy);
	}

}
