package nl.plusteam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as it runs, on an in-memory H2 database, with the demo users and without the job
 * executor (tests execute jobs themselves). Every test class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the demo users, but not the demo year: tests make their own cases
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "plusteam.demo.history.cases=0")
@ActiveProfiles({"test", "demo"})
@Import(TestBeans.class)
public @interface PlusTeamTest {}
