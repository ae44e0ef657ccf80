package org.nlmg.edition.system;

import java.io.IOException;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.content.ContentVersion;
import org.nlmg.edition.system.RawHttp.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer and an IT department ask of a running node: its health, which
 * edition it serves, and nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ContentVersion content;

	private Answer get(String target, String... headers) throws IOException {
		return RawHttp.get(this.port, target, headers);
	}

	@Test
	void aLoadBalancerCanAskWhetherTheNodeIsAliveAndReady() throws IOException {
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			Answer answer = get(probe);
			assertThat(answer.status()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
			assertThat(answer.header("Content-Security-Policy")).as(probe).contains("default-src 'self'");
			assertThat(answer.header("X-Content-Type-Options")).as(probe).isEqualTo("nosniff");
		}
	}

	@Test
	void everyOtherEndpointIsOff() throws IOException {
		for (String endpoint : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/configprops", "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings",
				"/actuator/threaddump", "/actuator/shutdown" }) {
			assertThat(get(endpoint).status()).as(endpoint).isEqualTo(404);
		}
	}

	/** The actuator's request timing halves the pages served a second (bench/wire.py). */
	@Test
	void noRequestIsTimedByAnObservationFilter(@Autowired ServletContext servlet) {
		assertThat(servlet.getFilterRegistrations().values())
			.noneMatch((filter) -> ServerHttpObservationFilter.class.getName().equals(filter.getClassName()));
	}

	@Test
	void theContentVersionIsAHashOfTheContent() {
		assertThat(this.content.value()).matches("[0-9a-f]{12}");
	}

	@Test
	void everyAnswerAndTheInfoEndpointNameTheEdition() throws IOException {
		String version = get("/chapters/1").header(EditionVersion.HEADER);
		assertThat(version).endsWith("; content=" + this.content.value());
		assertThat(get("/no-such-page").header(EditionVersion.HEADER)).isEqualTo(version);
		assertThat(get("/css/edition.css").header(EditionVersion.HEADER)).isEqualTo(version);
		String build = version.substring(0, version.indexOf(';'));
		assertThat(get("/actuator/info").body()).contains("\"edition\"", "\"content\":\"" + this.content.value() + "\"",
				"\"build\":\"" + build + "\"");
		assertThat(get("/about", "Accept: text/html").body())
			.contains("This copy: build <span>" + build + ", content " + this.content.value() + "</span>");
	}

}
