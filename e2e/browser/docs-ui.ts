// Swagger UI and ReDoc in a real browser (Debian's Chromium driven by playwright-core), as a person
// would use them: authorize with the API key in Swagger UI, try PUT /api/v1/channels/{channel_id}
// with a business-hours body and see the 200; open ReDoc and see every operation listed.
// Screenshots go to $E2E_ARTIFACTS_DIR. Every request the pages make outside the server under test is
// blocked and fails the check, since the docs must work without the internet.
//
// Needs CHANNELS_BASE_URL, CHANNELS_API_KEY and E2E_ARTIFACTS_DIR. Exits non-zero on a failure.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const STEP_TIMEOUT_MS = 20_000;
const OPERATION_SUMMARIES = ["List Channels", "Create Channel", "Get Channel", "Update Channel", "Delete Channel"];

class CheckFailure extends Error {}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new CheckFailure(`${name} is not set`);
  }
  return value;
}

function expect(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new CheckFailure(message);
  }
}

const baseUrl = requireEnv("CHANNELS_BASE_URL");
const apiKey = requireEnv("CHANNELS_API_KEY");
const artifactsDir = requireEnv("E2E_ARTIFACTS_DIR");
const serverOrigin = new URL(baseUrl).origin;

async function screenshot(page: Page, name: string): Promise<void> {
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`  screenshot ${file}`);
}

// The channel that Swagger UI's PUT updates, created through plain HTTP first.
async function createChannel(): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/channels`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name: `Swagger UI ${Date.now()}`, channel_type: "e2e_browser" }),
  });
  expect(response.status === 201, `creating the channel: status ${response.status}`);
  const body: unknown = await response.json();
  expect(
    typeof body === "object" && body !== null && "id" in body && typeof body.id === "number",
    `creating the channel: no id in ${JSON.stringify(body)}`,
  );
  return body.id;
}

async function trySwaggerUi(page: Page, channelId: number): Promise<void> {
  await page.goto(`${baseUrl}/docs/`);
  await page.locator(".swagger-ui .information-container .title").waitFor();
  const title = await page.locator(".swagger-ui .information-container .title").innerText();
  expect(title.includes("Channels API"), `Swagger UI title is ${JSON.stringify(title)}`);
  await screenshot(page, "swagger-ui-01-loaded");

  await page.locator(".swagger-ui .auth-wrapper .btn.authorize").click();
  const dialog = page.locator(".swagger-ui .dialog-ux .modal-ux");
  await dialog.locator("input[type=text], input[type=password]").first().fill(apiKey);
  await dialog.locator("button.authorize").click();
  await dialog.locator("button.btn-done, button.close-modal").first().click();
  await dialog.waitFor({ state: "detached" });
  const locked = await page.locator(".swagger-ui .auth-wrapper .btn.authorize.locked").count();
  expect(locked === 1, "Swagger UI does not show the API as authorized");
  await screenshot(page, "swagger-ui-02-authorized");

  const operation = page.locator("#operations-channels-update_channel");
  await operation.locator(".opblock-summary").first().click();
  await operation.locator("button.try-out__btn").click();
  await operation.locator("tr[data-param-name='channel_id'] input").fill(String(channelId));
  const body = {
    business_hours: {
      monday: { enabled: true, start: "07:45", end: "19:15" },
      wednesday: { start: "12:00", end: "20:00" },
    },
  };
  await operation.locator("textarea.body-param__text").fill(JSON.stringify(body, null, 2));
  await operation.locator("button.execute").click();

  const liveResponse = operation.locator(".live-responses-table .response").first();
  await liveResponse.waitFor();
  const status = (await liveResponse.locator(".response-col_status").innerText()).trim();
  const shownBody = await liveResponse.locator(".response-col_description").innerText();
  await liveResponse.scrollIntoViewIfNeeded();
  await screenshot(page, "swagger-ui-03-put-executed");
  expect(status === "200", `Swagger UI shows status ${JSON.stringify(status)} for the PUT, want 200`);
  expect(
    shownBody.includes("07:45") && shownBody.includes("19:15") && shownBody.includes(`"id": ${channelId}`),
    "Swagger UI's response body does not show the updated schedule",
  );
}

async function readRedoc(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/redoc`);
  for (const summary of OPERATION_SUMMARIES) {
    const heading = page.locator("h2", { hasText: summary }).first();
    await heading.waitFor();
  }
  // Open the tag in the side menu, so the screenshot shows the operations listed there.
  await page.locator("li[data-item-id='tag/channels'] > label").click();
  await screenshot(page, "redoc-01-operations");
  const menu = await page.locator("li[data-item-id^='tag/channels/operation/']").allInnerTexts();
  for (const summary of OPERATION_SUMMARIES) {
    expect(
      menu.some((entry) => entry.includes(summary)),
      `ReDoc's menu does not list ${summary}`,
    );
  }
}

async function withBrowser(work: (context: BrowserContext, blocked: string[]) => Promise<void>): Promise<void> {
  const profile = await mkdtemp(path.join(tmpdir(), "channels-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === serverOrigin || url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort();
    }
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  try {
    await work(context, blocked);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const channelId = await createChannel();
  await withBrowser(async (context, blocked) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    try {
      await trySwaggerUi(page, channelId);
      console.log("  Swagger UI: authorized, PUT executed, 200 shown");
      await readRedoc(page);
      console.log("  ReDoc: every operation listed");
    } catch (error) {
      await screenshot(page, "failure").catch(() => undefined);
      throw error;
    } finally {
      if (blocked.length > 0) {
        console.error(`  requests outside the server were blocked: ${blocked.join(", ")}`);
      }
    }
    expect(blocked.length === 0, "the docs pages tried to load resources from outside the server");
    expect(pageErrors.length === 0, `JavaScript errors on the pages: ${pageErrors.join("; ")}`);
  });
}

try {
  await main();
  console.log("browser check passed");
} catch (failure) {
  console.error(`browser check FAILED: ${failure instanceof Error ? failure.message : String(failure)}`);
  process.exitCode = 1;
}
