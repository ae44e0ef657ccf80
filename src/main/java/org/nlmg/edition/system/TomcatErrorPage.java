package org.nlmg.edition.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat turns away itself (an address it cannot decode, a method it does not
 * know) never reach the edition: instead of Tomcat's report, with its version, they get a
 * static copy of the error page (system/error.html) or its plain text, and the security
 * headers.
 */
@Component
@EnableConfigurationProperties(SecurityProperties.class)
class TomcatErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final Logger LOGGER = LoggerFactory.getLogger(TomcatErrorPage.class);

	private final SecurityHeaders headers;

	private final String page;

	TomcatErrorPage(SecurityProperties security) {
		this.headers = new SecurityHeaders(security);
		try (InputStream in = TomcatErrorPage.class.getResourceAsStream("/system/error.html")) {
			this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// The host adds its report valve as it starts, before the edition's context.
		factory.addContextCustomizers((context) -> context.addLifecycleListener((event) -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				Pipeline pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
						pipeline.removeValve(valve);
						pipeline.addValve(new Report());
					}
				}
			}
		}));
	}

	/** What a client sent, without control characters and cut short, to log safely. */
	private static String printable(String text) {
		if (text == null) {
			return "-";
		}
		String plain = text.replaceAll("\\p{Cntrl}", "?");
		return (plain.length() > 200) ? plain.substring(0, 200) + "..." : plain;
	}

	private final class Report extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(true);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			// One line, where Tomcat would log a stack trace (its own log is quietened).
			LOGGER.info("Turned away with {}: {} {}", status, printable(request.getMethod()),
					printable(request.getRequestURI()));
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			boolean html = accept != null && accept.contains("text/html");
			try {
				TomcatErrorPage.this.headers.apply(response, request.isSecure());
				response.setContentType(html ? "text/html" : "text/plain");
				response.setCharacterEncoding("UTF-8");
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write(html ? TomcatErrorPage.this.page.replace("{status}", String.valueOf(status))
						.replace("{text}", ErrorText.of(status)) : ErrorText.plain(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone: there is no one to tell.
			}
		}

	}

}
