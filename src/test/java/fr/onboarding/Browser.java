package fr.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A person in headless Chromium, the one Debian installs (/usr/bin/chromium and its chromedriver;
 * {@code CHROMIUM} and {@code CHROMEDRIVER} name others). Nothing is downloaded. The person finds
 * fields by their visible label, as a screen reader does, and every page is checked with axe-core.
 */
public final class Browser implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=fr-FR", "--user-data-dir=" + freshProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.base = "http://127.0.0.1:" + port;
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new visitor: no session, no language chosen. */
    public Browser forgetEverything() {
        driver.manage().deleteAllCookies();
        return this;
    }

    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    /** Logs in through the portal's form (in French). */
    public Browser logIn(String loginEmail, String password) {
        open("/login?lang=fr");
        fill("Adresse électronique de connexion", loginEmail).fill("Mot de passe", password).click("Se connecter");
        assertThat(path()).as("logged in").isEqualTo("/account");
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The input, select or textarea whose label reads {@code label} (the label's own text, before the asterisk). */
    public WebElement field(String label) {
        List<WebElement> labels = driver.findElements(By.tagName("label"));
        for (WebElement candidate : labels) {
            String text = candidate.getText().replace("*", "").strip();
            if (text.equals(label)) {
                return driver.findElement(By.id(candidate.getDomAttribute("for")));
            }
        }
        throw new AssertionError("no field labelled \"" + label + "\" on " + path() + ": " + labels.stream()
                .map(WebElement::getText).toList());
    }

    public Browser fill(String label, String value) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public Browser choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
        return this;
    }

    public Browser tick(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }


    /** Clicks the button that reads {@code text}, or else the link (a form's button before the menu's link). */
    public Browser click(String text) {
        String literal = xpathLiteral(text);
        List<WebElement> candidates = driver.findElements(By.xpath("//button[normalize-space(.)=" + literal + "]"));
        if (candidates.isEmpty()) {
            candidates = driver.findElements(By.xpath("//a[normalize-space(.)=" + literal + "]"));
        }
        assertThat(candidates).as("a button or link \"%s\" on %s", text, path()).isNotEmpty();
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.leftByTheTest = true;");
        candidates.get(0).click();
        // Every button and link here leads to a page: wait for the new one to be loaded (it has no mark),
        // or the next step could cut the request short.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ignored -> Boolean.TRUE.equals(script.executeScript(
                "return window.leftByTheTest === undefined && document.readyState === 'complete';")));
        return this;
    }

    public List<String> errors() {
        return driver.findElements(By.cssSelector(".error, .refused")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebDriver driver() {
        return driver;
    }

    /** No serious or critical axe-core violation on the page as it stands. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).toList();
        assertThat(blocking).as("axe-core on %s", path()).isEmpty();
        return this;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** Saves the page as target/screenshots/{name}.png, for people to look at. */
    public Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
