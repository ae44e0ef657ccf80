package org.nlmg.edition.character;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.content.Mentions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
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
	private NovelCharacterRepository characters;

	@MockitoBean
	private ChapterRepository chapters;

	@MockitoBean
	private Mentions mentions;

	@BeforeEach
	void characters() {
		NovelCharacter madame = new NovelCharacter("madame", "Madame", "A visitor from outside.", NovelCharacter.Role.MAIN,
				List.of("marie-claude"), "characters/madame.md");
		given(this.characters.findBySlug(anyString())).willReturn(Optional.empty());
		given(this.characters.findByAlias(anyString())).willReturn(Optional.empty());
		given(this.characters.findBySlug("madame")).willReturn(Optional.of(madame));
		given(this.characters.findByAlias("marie-claude")).willReturn(Optional.of(madame));
		given(this.characters.findAllByOrderByTitleAsc()).willReturn(List.of(madame));
	}

	@Test
	void showsACharacter() throws Exception {
		this.mvc.perform(get("/characters/madame"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Madame</h1>")))
			// the second name is itself a late revelation: it redirects, but the page does not print it
			.andExpect(content().string(not(containsString("marie-claude"))));
	}

	@Test
	void aSecondNameRedirectsForGoodToTheFirst() throws Exception {
		this.mvc.perform(get("/characters/marie-claude"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/characters/madame"));
	}

	@Test
	void anUnknownCharacterIsA404() throws Exception {
		this.mvc.perform(get("/characters/voldemort")).andExpect(status().isNotFound());
	}

	@Test
	void listsCharacters() throws Exception {
		this.mvc.perform(get("/characters")).andExpect(status().isOk()).andExpect(content().string(containsString("Madame")));
	}

}
