package org.nlmg.edition.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte for byte on a socket, so that what no HTTP client would send (a
 * bad method, an undecodable address) reaches Tomcat as a hostile client sends it.
 */
final class RawHttp {

	private RawHttp() {
	}

	static Answer get(int port, String target, String... headers) throws IOException {
		StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		return send(port, request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Sends a whole request, which should ask for the connection to close. */
	static Answer send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException ex) {
				// Tomcat may answer and close before a large body is written: read what
				// it said.
			}
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			try {
				InputStream in = socket.getInputStream();
				in.transferTo(received);
			}
			catch (SocketTimeoutException ex) {
				throw new IOException("No answer in 10 s", ex);
			}
			catch (IOException ex) {
				// A reset after the answer: keep what arrived.
			}
			return Answer.of(received.toString(StandardCharsets.ISO_8859_1));
		}
	}

	/** An answer: its status, headers (by lower-case name) and body as text. */
	record Answer(int status, Map<String, String> headers, String body, String raw) {

		static Answer of(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String head = (end >= 0) ? raw.substring(0, end) : raw;
			String[] lines = head.split("\r\n");
			int status = (lines[0].length() >= 12) ? Integer.parseInt(lines[0].substring(9, 12)) : -1;
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
			}
			return new Answer(status, headers, (end >= 0) ? raw.substring(end + 4) : "", raw);
		}

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
