package nl.plusteam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlusTeamApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlusTeamApplication.class, args);
  }
}
