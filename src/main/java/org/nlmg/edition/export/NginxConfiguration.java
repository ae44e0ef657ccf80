package org.nlmg.edition.export;

import java.nio.file.Path;
import java.util.Map;

/**
 * The nginx configuration written beside an export: the edition's addresses,
 * {@code ?upto=N} and "show them" included, mapped onto the exported files, with the
 * edition's caching rules and its 404 page.
 */
final class NginxConfiguration {

	private NginxConfiguration() {
	}

	/**
	 * @param headers the security headers the edition sends with every answer
	 */
	static String of(Path root, String listen, Map<String, String> redirects, Map<String, String> headers) {
		// nginx drops a server's add_header lines in a location that has its own: repeat
		// them in each.
		String inServer = addHeaders(headers, "    ");
		String inLocation = addHeaders(headers, "        ");
		StringBuilder oldNames = new StringBuilder();
		redirects.forEach((from, to) -> oldNames.append("    location = ")
			.append(from)
			.append(" {\n        return 301 ")
			.append(to)
			.append("$is_args$args;\n    }\n"));
		return """
				# The study edition as a static site, written by its export. Include this file
				# inside nginx's http { } block; "root" is where the export was written.
				# Each page is stored once per reading position: ?upto=N picks the file, and
				# without it the position the reader set (the "upto" cookie).
				map $arg_upto $edition_position {
				    ""      $cookie_upto;
				    default $arg_upto;
				}
				map $edition_position $edition_upto {
				    default                        ".upto-unknown";
				    ""                             "";
				    "~*^all$"                      ".upto-all";
				    "~^0*([1-9]|1[0-9]|2[0-4])$"   ".upto-$1";
				    "~^0*(2[5-9]|[3-9][0-9]|[1-9][0-9]{2,8})$" ".upto-24";
				}
				# The "I've read up to" form asks for ?upto=N&remember=1: remember N as the
				# edition does, unless the link came from another site.
				map "$arg_remember|$http_sec_fetch_site|$arg_upto" $edition_remember {
				    default                               "";
				    "~^[^|]*\\|cross-site\\|"               "";
				    "~*^1\\|[^|]*\\|all$"                   "upto=all; Path=/; Max-Age=0; SameSite=Lax; HttpOnly";
				    "~^1\\|[^|]*\\|0*([1-9]|1[0-9]|2[0-2])$" "upto=$1; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly";
				    "~^1\\|[^|]*\\|0*(2[3-9]|[3-9][0-9]|[1-9][0-9]{2,8})$" "upto=all; Path=/; Max-Age=0; SameSite=Lax; HttpOnly";
				}
				map $arg_reveal $edition_reveal {
				    ""      "";
				    default ".reveal";
				}

				server {
				    listen %s;
				    root %s;

				    types {
				        text/html              html;
				        text/css               css;
				        application/javascript js;
				        application/xml        xml;
				        text/plain             txt;
				    }
				    default_type application/octet-stream;
				    charset utf-8;
				    charset_types text/css application/javascript application/xml text/plain;

				    # The edition's security headers, on every answer.
				%s
				    # Every file has .gz (and .br) siblings made at export: send them as they are.
				    gzip_static on;
				    gzip_vary on;
				    # With Debian's libnginx-mod-http-brotli-static, uncomment to send .br too:
				    # brotli_static on;

				    # Pages revalidate; a reader who has one gets a bodiless 304.
				    location / {
				        add_header Cache-Control "no-cache" always;
				        add_header Vary "Cookie" always;
				        add_header Set-Cookie $edition_remember always;
				%s        try_files $uri/index$edition_upto$edition_reveal.html $uri =404;
				    }
				    # The stylesheet and script have fingerprinted names: keep them for a year.
				    location /css/ {
				        add_header Cache-Control "max-age=31536000, public, immutable";
				%s    }
				    location /js/ {
				        add_header Cache-Control "max-age=31536000, public, immutable";
				%s    }
				    # Searching needs the running edition: proxy /search to one, or readers get the 404 page.
				    location = /search {
				        return 404;
				    }
				    # So do citations (dated the day they are asked for) and QR codes: proxy them too.
				    location ~ ^/(cite|qr\\.svg|qr\\.png)$ {
				        return 404;
				    }
				    # So do lessons and their builder: proxy /lesson to one, or readers get the 404 page.
				    location ^~ /lesson {
				        return 404;
				    }
				    # The edition's earlier form posted here; its pages now ask for ?upto=N&remember=1.
				    location = /reading-position {
				        return 404;
				    }
				    error_page 404 /404.html;

				    # Old names of pages lead to their pages for good, as in the edition.
				%s}
				"""
			.formatted(listen, root, inServer, inLocation, inLocation, inLocation, oldNames);
	}

	private static String addHeaders(Map<String, String> headers, String indent) {
		StringBuilder lines = new StringBuilder();
		headers.forEach((name, value) -> lines.append(indent)
			.append("add_header ")
			.append(name)
			.append(" \"")
			.append(value.replace("\\", "\\\\").replace("\"", "\\\""))
			.append("\" always;\n"));
		return lines.toString();
	}

}
