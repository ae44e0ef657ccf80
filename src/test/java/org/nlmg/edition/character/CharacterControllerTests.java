package org.nlmg.edition.character;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.RedirectRepository;
import org.nlmg.edition.model.Redirect;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryView.Card;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.share.EditionPages;
import org.nlmg.edition.reading.SpoilerPolicy.Shown;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CharacterController.class)
class CharacterControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CharacterPages pages;

	@MockitoBean
	private RedirectRepository redirects;

	@MockitoBean
	private EditionPages editionPages;

	@BeforeEach
	void characters() {
		NovelCharacter madame = new NovelCharacter("madame", "Madame", "A visitor from outside.",
				NovelCharacter.Role.MAIN, "characters/madame.md", 3, List.of());
		EntryView<NovelCharacter> page = new EntryView<>(madame, "Madame", null, List.of(), 0, List.of(), List.of(),
				false);
		given(this.pages.character(anyString(), any(SpoilerPolicy.class))).willAnswer((invocation) -> {
			throw new EntryNotFoundException(ContentKind.CHARACTER, invocation.getArgument(0));
		});
		given(this.redirects.findByFromPath("/characters/marie-claude"))
			.willReturn(Optional.of(new Redirect("/characters/marie-claude", madame)));
		given(this.pages.character(eq("madame"), any(SpoilerPolicy.class)))
			.willReturn(new CharacterView(page, List.of(), List.of(), null));
		given(this.pages.mainCharacters(any(SpoilerPolicy.class)))
			.willReturn(new Shown<>(List.of(new Card("Madame", "/characters/madame", "A visitor from outside.")), 0));
		given(this.pages.minorCharacters(any(SpoilerPolicy.class))).willReturn(new Shown<>(List.of(), 0));
	}

	@Test
	void showsACharacter() throws Exception {
		this.mvc.perform(get("/characters/madame"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Madame</h1>")))
			// the second name is itself a late revelation: it redirects, but the page
			// does not print it
			.andExpect(content().string(not(containsString("marie-claude"))));
	}

	@Test
	void aSecondNameRedirectsForGoodToTheFirst() throws Exception {
		this.mvc.perform(get("/characters/marie-claude").queryParam("upto", "9"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/characters/madame?upto=9"));
	}

	@Test
	void anUnknownCharacterIsA404() throws Exception {
		this.mvc.perform(get("/characters/voldemort")).andExpect(status().isNotFound());
	}

	@Test
	void listsCharacters() throws Exception {
		this.mvc.perform(get("/characters"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/characters/madame\">Madame</a>")));
	}

}
