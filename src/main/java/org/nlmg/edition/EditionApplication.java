package org.nlmg.edition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EditionApplication {

	public static void main(String[] args) {
		SpringApplication.run(EditionApplication.class, args);
	}

}
