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

/** A structure's manager decides a request to join in Camunda Tasklist, through the rendered Camunda Form. */
@BrowserTest
class TasklistBrowserTest {

    Browser browser;

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;

    @Test
    void aManagerApprovesARequestToJoinThroughTheForm() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        String structure = journey.newStructure(manager);
        String requester = journey.newActiveAccount(greenMail, "fr");
        assertThat(journey.postAs("/api/me/attachment-requests", Map.of("identifierType", "AUTRE", "identifier", structure,
                "scope", "WHOLE_STRUCTURE"), requester).getStatusCode().value()).isEqualTo(202);
        journey.runDueJobs();

        WebDriver driver = browser.open("/camunda/app/tasklist/").driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]"))).sendKeys(manager);
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(Journey.STRONG_PASSWORD);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();

        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[contains(normalize-space(.), 'Examiner la demande de rattachement')]"))).click();
        WebElement accept = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(normalize-space(.), 'Accepter le rattachement')]")));
        assertThat(driver.findElements(By.cssSelector("form input")))
                .extracting(input -> input.getDomProperty("value")).contains("Atelier " + structure, requester);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        browser.screenshot("tasklist-review");
        clickInView(driver, accept);
        clickInView(driver, wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Complete']"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//label[contains(normalize-space(.), 'Accepter le rattachement')]")));

        journey.runDueJobs();
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", requester).getBody().get("structures"))
                .extracting(s -> s.get("attachmentStatus")).containsExactly("APPROVED");
    }

    /** Tasklist's form scrolls inside its pane: bring the element to the middle before a person clicks it. */
    private static void clickInView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
