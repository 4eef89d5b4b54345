package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Browser;
import fr.onboarding.BrowserTest;
import fr.onboarding.Journey;

/** Managers and support decide in Camunda Tasklist, through the rendered Camunda Forms, as they do for real. */
@BrowserTest
class TasklistBrowserTest {

    Browser browser;

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;

    @Test
    void supportApprovesAPublicStructureThroughTheForm() {
        String agent = journey.newEngineUser("support");
        String creator = journey.newActiveAccount(greenMail, "fr");
        String identifier = "COMMUNE-" + System.nanoTime();
        assertThat(journey.postAs("/api/me/structures", Map.of("identifierType", "AUTRE", "identifier", identifier,
                "companyName", "Commune de Plougastel", "publicEntity", true, "address", Map.of("line", "Mairie",
                        "postalCode", "29470", "city", "Plougastel-Daoulas", "countryCode", "FR")), creator)
                .getStatusCode().value()).isEqualTo(202);

        decideInTasklist(agent, Journey.ENGINE_USER_PASSWORD, "Examiner la création de la structure publique",
                "Accepter la création de la structure", "Support du portail", "tasklist-public-structure", "Commune de Plougastel",
                "En cours d'immatriculation");

        journey.runDueJobs();
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", creator).getBody().get("structures"))
                .extracting(s -> s.get("role") + "/" + s.get("attachmentStatus")).containsExactly("PRIMARY_MANAGER/APPROVED");
    }

    @Test
    void aManagerApprovesARequestToJoinThroughTheForm() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        String structure = journey.newStructure(manager);
        String requester = journey.newActiveAccount(greenMail, "fr");
        assertThat(journey.postAs("/api/me/attachment-requests", Map.of("identifierType", "AUTRE", "identifier", structure,
                "scope", "WHOLE_STRUCTURE"), requester).getStatusCode().value()).isEqualTo(202);
        journey.runDueJobs();

        decideInTasklist(manager, Journey.STRONG_PASSWORD, "Examiner la demande de rattachement",
                "Accepter le rattachement", "Gestionnaires de Atelier " + structure, "tasklist-review", "Atelier " + structure,
                requester);

        journey.runDueJobs();
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", requester).getBody().get("structures"))
                .extracting(s -> s.get("attachmentStatus")).containsExactly("APPROVED");
    }

    @Test
    void aManagerWhoOpensCockpitOrAdminIsToldWhereToWork() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        journey.newStructure(manager);
        browser.open("/?lang=fr");
        logIntoTasklist(manager, Journey.STRONG_PASSWORD);

        browser.open("/camunda/app/cockpit/");
        assertThat(browser.find("h1").getText()).isEqualTo("Cockpit est réservé à l'exploitation").isEqualTo(browser.title());
        browser.assertAccessible().screenshot("cockpit-refused-fr");
        browser.open("/camunda/app/admin/default/");
        assertThat(browser.find("h1").getText()).isEqualTo("Admin est réservé aux administrateurs du moteur");
        browser.click("Ouvrir Tasklist");
        assertThat(browser.path()).isEqualTo("/camunda/app/tasklist/default/");
    }

    /**
     * Logs into Tasklist, opens the task, checks that it names the group it is offered to by its
     * name and that the form shows {@code shown}, claims it, picks {@code choice}, completes.
     */
    private void decideInTasklist(String user, String password, String taskName, String choice, String groupName,
                                  String screenshot, String... shown) {
        WebDriver driver = logIntoTasklist(user, password);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        try {
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//a[contains(normalize-space(.), '" + taskName + "')]"))).click();
        } catch (RuntimeException e) {
            browser.screenshot("tasklist-task-not-found"); // what the person saw, for whoever reads the failure
            throw e;
        }
        By choiceLabel = By.xpath("//label[contains(normalize-space(.), '" + choice + "')]");
        WebElement chosen = wait.until(ExpectedConditions.elementToBeClickable(choiceLabel));
        assertThat(driver.findElements(By.cssSelector("form input"))).extracting(input -> input.getDomProperty("value"))
                .contains(shown);
        assertThat(driver.findElement(By.cssSelector("li.groups")).getDomProperty("textContent").strip()).isEqualTo(groupName);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        browser.screenshot(screenshot);
        clickInView(driver, chosen);
        clickInView(driver, wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Complete']"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(choiceLabel));
    }

    private WebDriver logIntoTasklist(String user, String password) {
        WebDriver driver = browser.open("/camunda/app/tasklist/").driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        WebElement passwordField = driver.findElement(By.cssSelector("input[ng-model=password]"));
        // Tasklist's form may still be settling: on a busy machine keys typed for one field once landed
        // in the other. Type again until both fields hold what a person typed.
        for (int attempt = 0; attempt < 5; attempt++) {
            type(username, user);
            type(passwordField, password);
            if (user.equals(username.getDomProperty("value")) && password.equals(passwordField.getDomProperty("value"))) {
                break;
            }
        }
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        } catch (RuntimeException e) {
            browser.screenshot("tasklist-login-failed"); // what the person saw, for whoever reads the failure
            throw e;
        }
        return driver;
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Tasklist's form scrolls inside its pane: bring the element to the middle before a person clicks it. */
    private static void clickInView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
