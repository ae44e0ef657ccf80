package org.nlmg.edition.quiz;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.reading.ReadingPosition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quizzes over the fixture edition: the form asks, the answers score, and whatever a
 * client sends gets a clear page.
 */
@SpringBootTest(properties = "edition.content=classpath:fixtures/edition/")
@AutoConfigureMockMvc
class QuizTests {

	/** The fixture's chapter 1 quiz: the right option of each question, from 1. */
	private static final String[] RIGHT = { "1", "3", "1", "2", "3", "1" };

	private static final String[] IDS = { "first-question", "question-2", "question-3", "question-4", "question-5",
			"question-6" };

	@Autowired
	private MockMvc mvc;

	private static MockHttpServletRequestBuilder answers(String... values) {
		MockHttpServletRequestBuilder request = post("/quizzes/chapter-1");
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				request.param(IDS[i], values[i]);
			}
		}
		return request;
	}

	@Test
	void theFormAsksEveryQuestionWithoutGivingTheAnswersAway() throws Exception {
		this.mvc.perform(get("/quizzes/chapter-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<form method=\"post\" action=\"/quizzes/chapter-1\""),
					containsString("type=\"radio\" name=\"first-question\" value=\"1\""),
					containsString("Fixture question 6?"), containsString("Chapter 1 quiz: Fixture opening"),
					not(containsString("FIXTURE-QUIZ-EXPLANATION")), not(containsString("checked")))));
	}

	@Test
	void rightAnswersScoreAndEveryAnswerIsExplained() throws Exception {
		this.mvc.perform(answers(RIGHT))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("You got <strong>6</strong> out of"),
					containsString("FIXTURE-QUIZ-EXPLANATION-6"), not(containsString("Not quite")))));
		this.mvc.perform(answers("2", "3", "1", "2", "3", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("You got <strong>5</strong> out of"),
					containsString("Not quite:</span>\n          you answered <span>Ruth</span>"),
					containsString("The right answer: <strong>Kathy</strong>"),
					containsString("href=\"/chapters/1#early-point\""))));
	}

	@Test
	void resultsAreNeverStoredNorIsAnythingAboutTheStudent() throws Exception {
		this.mvc.perform(answers(RIGHT))
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(header().doesNotExist("Set-Cookie"));
		this.mvc.perform(answers("2", "1", "1", "2", "3", "1"))
			.andExpect(content().string(containsString("You got <strong>4</strong> out of")));
	}

	@Test
	void missingAnswersGiveTheQuizBackWithAMessage() throws Exception {
		this.mvc.perform(answers("2", null, "1", "2", null, "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Questions 2, 5 have no answer yet."),
					containsString("value=\"2\" checked"), containsString("class=\"question unanswered\""),
					not(containsString("FIXTURE-QUIZ-EXPLANATION")))));
	}

	@Test
	void submissionsNoFormSendsGetAClear400() throws Exception {
		this.mvc.perform(answers(RIGHT).param("no-such-question", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("a question this quiz does not have (&#39;no-such-question&#39;)"),
						containsString("href=\"/quizzes/chapter-1\""))));
		for (String tampered : new String[] { "4", "0", "abc", "-1", "1.5", "x".repeat(500) }) {
			String[] values = RIGHT.clone();
			values[2] = tampered;
			this.mvc.perform(answers(values))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("is not one of its options, 1 to 3")));
		}
		this.mvc.perform(answers(RIGHT).param("question-3", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Question 3 was sent 2 answers")));
		this.mvc
			.perform(post("/quizzes/chapter-1").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("first-question=1&padding=" + "x".repeat(100_000)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("far larger than a quiz form sends")));
	}

	@Test
	void unknownQuizzesAre404() throws Exception {
		this.mvc.perform(get("/quizzes/chapter-9")).andExpect(status().isNotFound());
		this.mvc.perform(post("/quizzes/part-7").param("a", "1")).andExpect(status().isNotFound());
	}

	@Test
	void aPartQuizIsGatedUntilThePartsLastChapter() throws Exception {
		Cookie atThree = new Cookie(ReadingPosition.COOKIE, "3");
		this.mvc.perform(get("/quizzes/part-1").cookie(atThree))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("This page is about chapter <span>9</span>"), containsString("Part One quiz"),
							not(containsString("Fixture part one")), not(containsString("Fixture question")))));
		this.mvc.perform(post("/quizzes/part-1").cookie(atThree).param("part-question-1", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This page is about chapter <span>9</span>"),
					not(containsString("FIXTURE-PART-EXPLANATION")))));
		this.mvc.perform(get("/quizzes/part-1").cookie(new Cookie(ReadingPosition.COOKIE, "9")))
			.andExpect(content().string(containsString("Fixture question 15?")));
		this.mvc.perform(get("/quizzes/part-1").cookie(atThree).param("reveal", "1"))
			.andExpect(content().string(allOf(containsString("Fixture question 15?"),
					containsString("<input type=\"hidden\" name=\"reveal\" value=\"1\">"))));
		MockHttpServletRequestBuilder revealed = post("/quizzes/part-1").cookie(atThree).param("reveal", "1");
		for (int i = 1; i <= 15; i++) {
			revealed.param("part-question-" + i, "1");
		}
		this.mvc.perform(revealed)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("FIXTURE-PART-EXPLANATION-15")));
	}

	@Test
	void theIndexNamesLaterQuizzesOnlyByTheirLabels() throws Exception {
		this.mvc.perform(get("/quizzes").cookie(new Cookie(ReadingPosition.COOKIE, "1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/quizzes/chapter-1\""),
					containsString("<strong>Part One quiz</strong>"), not(containsString("Fixture part one")),
					not(containsString("href=\"/quizzes/part-1\"")))));
		this.mvc.perform(get("/quizzes"))
			.andExpect(content().string(containsString("href=\"/quizzes/part-1\"")))
			.andExpect(cookie().doesNotExist(ReadingPosition.COOKIE));
	}

	@Test
	void aTeachersPositionTravelsWithTheForm() throws Exception {
		this.mvc.perform(get("/quizzes/chapter-1").param("upto", "1"))
			.andExpect(content().string(containsString("action=\"/quizzes/chapter-1?upto=1\"")));
		this.mvc.perform(answers(RIGHT).param("upto", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/chapters/1?upto=1#early-point\"")));
	}

}
