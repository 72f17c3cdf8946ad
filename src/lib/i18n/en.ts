import type { MedicineClass, MedicineTableView } from "../content/schema";
import { enCallouts } from "./en-callouts";
import { plural } from "./format";

/**
 * Every interface word of the site in English, the site's first language. Its shape is the
 * type every other language must satisfy (`Dictionary`, in ./index.ts): the same keys, each a
 * string (or the plural forms of one).
 *
 * - {name} is filled in by `format` (./format.ts); a translation keeps the same placeholders.
 * - <tag>words</tag> marks words the component draws as an element (a link, bold text), with
 *   `rich` (./rich.tsx); a translation keeps the tags and may move them.
 * - `plural({ one, other })` entries are picked with Intl.PluralRules for the language.
 * - `lines` arrays are the lines of a label inside a picture: a translation may use more or fewer.
 *
 * Medical prose (what a page says about lupus) is not here: it lives in content/, where the
 * readability, review-date and source checks read it.
 */
export const en = {
  /** BCP 47: the page's lang, dates, sorting and plural rules. */
  locale: "en-US",
  /** The same locale as Open Graph writes it. */
  openGraphLocale: "en_US",
  /** Between the items of a short list ("Plaquenil, Sovuneo"). */
  listSeparator: ", ",

  site: {
    name: "Lupus Guide",
    tagline: "Plain-language information about lupus, for patients and the people who care for them.",
    /** The browser tab: "{page} | Lupus Guide". */
    titleTemplate: "%s | {site}",
    skipToContent: "Skip to main content",
  },

  linkPreview: {
    siteTitle: "Lupus, explained in plain words",
    /** Above the title on a card for a page outside any section. */
    defaultKicker: "Plain-language information about lupus",
    articleAlt: "{site} article",
  },

  /** schema.org data in every article (read by search engines). */
  structuredData: {
    audience: "Patient",
    condition: "Systemic lupus erythematosus",
    conditionAlternateNames: ["Lupus", "SLE"],
  },

  /** The call-outs' default titles, hidden prefixes and level words (their own module: client code reads them). */
  callouts: enCallouts,

  header: {
    getHelp: "Get help now",
    menu: "Menu",
    mainNavigation: "Main",
  },

  /** The labels of the header and footer links in the route registry (src/lib/routes.ts). */
  navigation: {
    glossary: "Glossary",
    howWeWrite: "How we write and source our pages",
    caregivers: "For caregivers",
    clinicians: "For clinicians",
  },

  footer: {
    navigation: "Footer",
    noTracking: "No ads. No tracking. No cookies.",
  },

  home: {
    /** The pages most readers come for, in the order they are most needed. */
    startHere: "Start here",
    mostNeeded: {
      whatIsLupus: "What is lupus?",
      symptoms: "Symptoms of lupus",
      diagnosis: "How lupus is diagnosed",
      treatment: "How lupus is treated",
      medicines: "Your medicines, A to Z: safety facts, pregnancy and vaccines",
      testFinder: "Understand a test result: find it by the name on your report",
      prepare: "Prepare for your appointment: a private checklist",
      glossary: "What do the medical words mean?",
    },
    bodyMap: "Where can lupus affect the body?",
    allTopics: "All topics",
  },

  notFound: {
    title: "Page not found",
    didYouMean: "Did you mean:",
  },

  searchForm: {
    label: "Search {site}",
    placeholder: "Search: a symptom, test or medicine",
    submit: "Search",
  },

  breadcrumbs: {
    navigation: "Breadcrumb",
    home: "Home",
  },

  pageActions: {
    share: "Share this page",
    print: "Print this page",
  },

  /** What public/enhance.js says in the status region (it reads these from the page). */
  pageStatus: {
    sectionLinkCopied: "Link to this section copied",
    pageLinkCopied: "Link to this page copied",
    copyThisAddress: "Copy this address: {url}",
  },

  printAddress: {
    qrCode: "QR code for {title}",
    readOnline: "Read this page online, with any updates:",
  },

  article: {
    previousAndNext: "Previous and next",
    previous: "← Previous: {title}",
    next: "Next: {title} →",
    moreIn: "More in {section}",
    allPagesIn: plural({ one: "All {count} page in {section}", other: "All {count} pages in {section}" }),
    thisPage: "{title} (this page)",
    relatedPages: "Related pages",
    onThisPage: "On this page",
    keyPoints: "Key points",
  },

  sectionHub: {
    pagesInSection: "Pages in this section",
  },

  prepareLink: "<strong>Getting ready for a visit?</strong> Use the <link>appointment checklist</link> to list your symptoms, medicines and questions, and print a one-page summary. What you enter stays on your device.",

  sources: {
    heading: "Sources",
    /** One source: "<link>Lupus</link>. NIAMS, 2024." */
    entry: "<link>{title}</link>. {publisher}, {year}.",
    undated: "undated",
    sectionHasNone: "This page introduces a section. Each article in it lists its own sources.",
  },

  reviewTrail: {
    region: "Review dates and corrections",
    lastReviewed: "<label>Last reviewed:</label> <date>{date}</date>",
    nextReviewDue: "<label>Next review due:</label> <date>{date}</date>",
    clinicalReview: "<label>Clinical review:</label> {name}, {credentials}, on <date>{date}</date>",
    history: "See every change to this page",
    howWeWork: "How we make this information",
    report: "Report a problem with this page",
    reportNote: "(this opens a message for you to check and send yourself; please leave out your own health details)",
  },

  /** The message "Report a problem" opens, before the reader writes anything. */
  feedback: {
    subject: 'Problem on the page "{title}"',
    page: "Page: {title}",
    address: "Address: {url}",
    section: "Section: {section}",
    whatIsWrong: "What is wrong, and where on the page:",
    source: "A source that shows the correct fact (if you have one):",
    noHealthDetails: "Please do not include your own health details or anything that identifies you.",
  },

  /** The stand-in page at an old address (src/build/write-moved-pages.ts). */
  movedPage: {
    title: "This page has moved - {site}",
    heading: "This page has moved",
    /** {link} is the new address, as a link. */
    nowAt: "The page you asked for is now at {link}.",
  },

  /** In article text, built by the Markdown pipeline. */
  markdown: {
    sectionLink: "Link to this section: {heading}",
    moreInGlossary: "More about {term} in the glossary",
  },

  glossary: {
    title: "Glossary: lupus words explained",
    description: "Plain-language meanings of the medical words you may meet when you have lupus, from ANA to vasculitis.",
    intro: "What the medical words mean, in plain language. Words in capital letters show which part to stress.",
    letters: "Glossary letters",
    /** A letter of the index; the hidden words are for screen readers. */
    letterLink: "<hidden>Terms starting with </hidden>{letter}",
    alsoCalled: "Also called: {aliases}",
    whereItAppears: "Where this term appears<hidden>: {term}</hidden> ({pages})",
    pageCount: plural({ one: "{count} page", other: "{count} pages" }),
  },

  handout: {
    title: "Printable handouts for patients",
    description: "For clinicians: tick the {site} pages your patient needs and print one pack, with a QR code for each page.",
    crumbClinicians: "For clinicians",
    crumb: "Printable handouts",
    intro: "Tick the pages your patient needs, then use your browser's Print command (Ctrl+P, or ⌘+P on a Mac). Nothing you choose is saved or sent anywhere.",
    printPack: "Print the pack",
    choosePages: "Choose the pages for your patient",
    howToTick: "Tick one or more pages, then print. Each page you tick prints on its own sheet.",
    sheet: "Handout: {title}",
    keyPoints: "Key points",
    questions: "Questions to ask your care team",
    qrCode: "QR code for {title}",
    readOnline: "Read the full page online:",
    lastReviewed: "Last reviewed <date>{date}</date>.",
    /** {emergency} is the emergency line, written once in content/site/emergency.json. */
    sheetDisclaimer: "Education, not medical advice. In an emergency, {emergency}.",
    ticked: "Pages ticked: ",
    noneTicked: "No pages were ticked. Go back to the page and tick the pages to print.",
  },

  search: {
    title: "Search",
    heading: "Search {site}",
    description: "Search {site} for a symptom, a test, a medicine or a word from your lab report.",
    intro: 'Try a symptom, a test or a medicine, in your own words: "butterfly rash", "ANA", "foamy pee", "Plaquenil". Your search stays on your device.',
    warningTitle: "{action} if you have:",
    allWarningSigns: "See all warning signs that need same-day or emergency care",
    noScript: "Without JavaScript, search matches page titles and topics only. Below is every page of the site: use your browser's Find command (Ctrl+F, or ⌘+F on a Mac) to look for a word.",
    everyPage: "Every page, by topic",
    /** Between a page's title and its summary in the list of every page. */
    summary: ": {description}",
    /** The words public/search.js shows, handed to it on the page ({name} is filled in). */
    script: {
      searching: "Searching…",
      foundOne: "1 page found.",
      foundMany: "{count} pages found.",
      showingBest: "Showing the best {count}.",
      corrected: "Showing results for “{word}” instead of “{typed}”.",
      unknownWords: "No page uses the word “{words}”, so it was left out.",
      nothingFound: "No pages found for “{query}”. Try another word, or browse every page below.",
      signSource: "(from “{title}”)",
    },
    /** The words of the server's answer without JavaScript (src/build/no-script-search.ts). */
    noScriptAnswer: {
      found: "Pages whose titles or topics match “{query}”:",
      none: "No page title or topic matches “{query}”. Every page is listed below.",
    },
  },

  testFinder: {
    title: "Find a test on your report",
    description: "Type or pick the name of a test as printed on your lab report or patient portal, and read what it means in lupus.",
    crumbTests: "Test results",
    crumb: "Find a test",
    intro: 'Type the name as it is printed on your report, such as "C3 COMPLEMENT", "UPCR" or "dsDNA Ab IgG".',
    label: "Test name on your report",
    hint: "Capitals, dots and word order do not matter. What you type stays on your device.",
    everyName: "Every test name, A to Z",
    /** Between a report name and the title of its page. */
    pageTitle: " — {title}",
    notListed: "Not listed? Your report may use a name we do not know yet. Ask your care team what the test is, or see <link>all test pages</link>.",
    /** What public/test-finder.js says as the reader types (read from the page). */
    script: {
      none: "No test name matches. Check the spelling, or ask your care team what the test is.",
      matches: plural({ one: "1 matching test name.", other: "{count} matching test names." }),
    },
  },

  labCodes: {
    title: "Look up a lab code",
    description: "Lab codes (LOINC) that {site} explains, each linked to the page about its test.",
    crumb: "Lab codes",
    intro: "Some patient portals show a lab code, called a LOINC code, next to a test. These are the codes {site} explains. If your code is not here, look for the test's name in the <link>test finder</link> or ask your care team.",
    entry: "<code>{code}</code> — {title}",
    /** What public/code-lookup.js says for a code with no page (read from the page). */
    unknownCode: "We do not have a page for the lab code “{code}” yet. The codes we explain are listed below.",
    codePageTitle: "Lab code {code}: {title}",
    codeHeading: "Lab code {code}",
    codeExplained: "This is the lab code (LOINC) for {name}. Read what it means in <link>{title}</link>.",
  },

  medicines: {
    /** The headings of the fixed parts of every medicine page, by their stable ids (src/lib/content/medicine-headings.ts). */
    headings: {
      "what-is-it-for": "What is it for?",
      "how-do-i-take-it": "How do I take it?",
      "before-you-start": "What happens before I start?",
      "checks-while-you-take-it": "What checks will I need?",
      "common-side-effects": "What are the common side effects?",
      "serious-side-effects": "Which side effects need care straight away?",
      "pregnancy-breastfeeding-and-fertility": "Is it safe in pregnancy and breastfeeding?",
      vaccines: "Can I have vaccines?",
      "other-medicines": "Does it affect other medicines?",
    },
    keyFacts: "Key facts",
    genericName: plural({ one: "Generic name", other: "Generic names" }),
    brandNames: "Brand names",
    typeOfMedicine: "Type of medicine",
    approval: "Approval",
    howOften: "How often",
    pregnancy: "Pregnancy",
    howTaken: "How you take it",
    timeToWork: "How long it takes to work",
    takeAsTold: "Take it exactly as your care team tells you. Do not stop or change the dose on your own.",
    beforeYouStart: "Before you start, your care team may arrange:",
    boxedWarning: "<strong>US boxed warning</strong> (the strongest warning the FDA puts on a medicine's label): {warning}",
    monitoringColumns: { check: "Check", howOften: "How often" },
    tellIfBothers: "Tell your care team if a side effect bothers you or does not go away.",
    /** {emergency} is the emergency line, written once in content/site/emergency.json. */
    emergencySigns: "{emergency} if you have:",
    urgentSigns: "Call your care team today if you have:",
    birthControl: "Birth control",
    breastfeeding: "Breastfeeding",
    fertility: "Fertility",
    /** A status in bold, then its details: "<strong>Can usually be continued.</strong> ..." */
    statusAndDetails: "<strong>{status}.</strong> {details}",
    planningPregnancy: "If you could get pregnant, or you are planning a family, talk to your care team before you stop or start any medicine. See <link>planning a pregnancy with lupus</link>.",
    liveVaccines: "<strong>Live vaccines: {status}.</strong> {details}",
    liveVaccinesExplained: "Live vaccines contain a weakened germ (for example MMR, chickenpox, yellow fever and the nasal flu spray). Most other vaccines are not live. See <link>infections and vaccines</link>.",
    interactionColumns: { with: "Taken with", effect: "What can happen" },
    tellEveryone: "Tell every doctor, dentist and pharmacist about all the medicines you take, including ones you buy without a prescription, herbal remedies and supplements.",

    /** The words a reader sees for each value the front matter may hold. */
    classes: {
      antimalarial: "Antimalarial",
      steroid: "Steroid (glucocorticoid)",
      immunosuppressant: "Immunosuppressant",
      biologic: "Biologic",
      "pain-and-inflammation": "Anti-inflammatory pain reliever",
      "blood-thinner": "Blood thinner or antiplatelet",
      "skin-treatment": "Skin treatment",
      "kidney-protection": "Kidney and blood pressure protection",
    } satisfies Record<MedicineClass, string>,
    approvalStatuses: {
      approved: "FDA-approved for lupus",
      "approved-for-nephritis": "FDA-approved for lupus nephritis",
      "off-label": "Not FDA-approved for lupus (used off-label)",
    },
    pregnancyStatuses: {
      compatible: "Can usually be continued",
      "stop-before": "Stop before trying to get pregnant",
      avoid: "Avoid in pregnancy",
      "limited-data": "Not enough is known: plan with your team",
    },
    /** "Stop before trying to get pregnant (at least 6 weeks before)". */
    stopBefore: "{status} ({time} before)",
    breastfeedingStatuses: {
      compatible: "Can usually be used",
      avoid: "Not recommended",
      "ask-your-team": "Ask your specialist",
    },
    liveVaccineStatuses: {
      allowed: "Usually allowed",
      avoid: "Avoid live vaccines",
      "ask-your-team": "Ask your care team first",
    },

    /** The generated tables (::medicine-table). */
    table: {
      columns: {
        "a-to-z": ["Medicine", "Brand names", "What it is for", "Type"],
        "pregnancy-and-vaccines": ["Medicine", "Pregnancy", "Breastfeeding", "Live vaccines"],
      } satisfies Record<MedicineTableView, string[]>,
      aToZ: "Lupus medicines A to Z",
      aToZOfClass: "{class} medicines used in lupus",
      pregnancyAndVaccines: "Pregnancy, breastfeeding and live vaccines, medicine by medicine",
      pregnancyAndVaccinesOfClass: "Pregnancy, breastfeeding and live vaccines: {class} medicines",
    },
  },

  labTests: {
    headings: {
      "names-on-your-report": "What names can it have on my report?",
      "what-it-measures": "What does it measure?",
      "why-it-is-done": "Why is it done in lupus?",
      "how-results-are-reported": "How is the result reported?",
      "high-or-positive": "What can a high or positive result mean?",
      "low-or-negative": "What can a low or negative result mean?",
      "what-it-does-not-mean": "What does a result not mean?",
      "how-often": "How often is it checked?",
      "when-to-call": "Which results need a call to my care team?",
    },
    reportMayCallIt: "Your report or patient portal may call this test:",
    /** The list of codes is drawn where <codes></codes> stands. */
    loincCodes: "Lab codes (LOINC), which some portals show: <codes></codes>.",
    /** One code in that list: "<code>2093-3</code> (Cholesterol)". */
    loincCode: "<code>{code}</code> ({name})",
    anotherName: "Another name on your report? Look it up in the <link>test finder</link>.",
    /** Said on every test page: the reader's own report decides what is in range. */
    ownRangeApplies: "Labs use different methods, so their normal ranges differ. The reference range printed on your own report is the one that applies to your result.",
    notADiagnosis: "A single result is never a diagnosis. Your care team reads it together with your symptoms, an examination and your other results.",
    /** "Which results need a call", most urgent first. */
    careTitles: {
      /** {emergency} is the emergency line, written once in content/site/emergency.json. */
      emergency: "{emergency} if:",
      urgent: "Call your care team today if:",
      "talk-to-doctor": "Talk to your doctor at your next visit about:",
    },
  },

  /** The appointment checklist (/prepare). Plain strings: the client component gets them as data. */
  prepare: {
    title: "Prepare for your appointment",
    description: "A private checklist: tick your symptoms, list your medicines, pick your questions, and print a one-page summary. Nothing leaves your device.",
    lead: "A short visit goes fast. Make a list before you go, so you do not forget what you meant to say.",
    howItWorks: "Tick the symptoms you have noticed, list your medicines, and pick the questions you want to ask. Then print your one-page summary, or copy it into a message to your care team.",
    privacyTitle: "Nothing leaves your device",
    privacy: "What you enter is saved only in this browser, on this device, so it is still here when you come back. It is never sent to {site} or to anyone else.",
    sharedDevice: "If other people use this device, press “Clear everything” when you are done.",
    notSaving: "This browser is not saving what you enter. Print or copy your summary before you leave this page.",
    goToSummary: "Go to your summary",
    confirmClear: "Clear everything you entered on this page? This cannot be undone.",
    cleared: "Everything you entered has been cleared.",

    warnings: {
      emergency: {
        /** {emergency} is the emergency line, written once in content/site/emergency.json. */
        action: "{emergency} now",
        sign: "Emergency sign",
        reason: "You ticked a sign that needs emergency care. Do not wait for your appointment.",
      },
      urgent: {
        action: "Call your care team today",
        sign: "Same-day sign",
        reason: "You ticked a sign that needs a call to your care team the same day. Do not wait for your appointment.",
      },
    },
    /** Said when a warning sign is ticked: "Emergency sign: call 911 ... now." */
    warningAnnouncement: "{sign}: {action}.",
    warningAdvice: "<strong>{action}.</strong> Do not wait for your appointment. <link>See the warning signs</link>",

    symptoms: {
      heading: "1. Symptoms you have noticed",
      intro: "Tick each symptom you have noticed or want to talk about. For each one, you can add when it started, how often it happens, and whether it is new or getting worse. Many of these symptoms can have other causes.",
      readMore: "Read: {title}",
      otherLabel: "Anything else you have noticed",
      otherHint: "Other symptoms or changes, in your own words.",
      moreAbout: "More about: {symptom}",
      started: "When did it start?",
      startedHint: "For example: 2 weeks ago",
      howOften: "How often?",
      change: "Since your last visit",
      choose: "Choose",
      howOftenOptions: {
        constant: "All the time",
        daily: "Every day",
        weekly: "A few times a week",
        sometimes: "Now and then",
        once: "It happened once",
      },
      changeOptions: {
        new: "New since my last visit",
        worse: "Getting worse",
        same: "About the same",
        better: "Getting better",
      },
    },

    medicines: {
      heading: "2. Your medicines",
      intro: "List each medicine you take, with the dose and how often you take it. Include medicines from a store, vitamins and supplements.",
      none: "No medicines listed yet.",
      row: "Medicine {number}",
      name: "Name",
      dose: "Dose and how often",
      doseHint: "For example: 200 mg twice a day",
      remove: "Remove<hidden> medicine {number}</hidden>",
      add: "Add a medicine",
    },

    questions: {
      heading: "3. Questions for your care team",
      intro: "Tick the questions you want to ask. Open a topic for more, then add your own.",
      suggested: "For the symptoms you ticked",
      byTopic: "Questions by topic",
      picked: " ({count} picked)",
      ownLabel: "Your own questions",
      ownHint: "Write one question on each line.",
    },

    summary: {
      heading: "4. Your summary",
      empty: "Nothing entered yet. Tick a symptom, add a medicine or pick a question, and your summary appears here. If you print now, you get a blank checklist to fill in by hand.",
      ready: "Check it, then print it to take with you, or copy it into a message to your care team. When you print this page, only the summary prints.",
      notForEmergencies: "A message is not for emergencies: {action}.",
      printBlank: "Print a blank checklist",
      print: "Print summary",
      copy: "Copy as text",
      clear: "Clear everything",
      copied: "Summary copied. You can paste it into a message to your care team.",
      copyFailed: "Your browser did not let this page copy. The text is shown below the buttons: select it and copy it.",
      asText: "Your summary as text",
      sheetTitle: "My appointment summary",
      preparedOn: "Prepared on {date}.",
      notADiagnosis: "This is a list to help the visit, not a diagnosis.",
      allWarningSigns: "See all warning signs",
      allWarningSignsAt: "All warning signs: {url}",
      symptoms: "Symptoms",
      noneTicked: "None ticked.",
      order: "Warning signs first, then new or worse, then the rest.",
      otherSymptoms: "Other things I have noticed",
      medicines: "Medicines and doses",
      noneListed: "None listed.",
      questions: "Questions",
      /** One symptom: its organ system in brackets. */
      group: "({group})",
      /** "New since my last visit. Started: 2 weeks ago. How often: Every day." (only what was answered) */
      change: "{change}.",
      started: "Started: {started}.",
      howOften: "How often: {howOften}.",
      medicine: "{name}: {dose}",
      unnamedMedicine: "(medicine not named): {dose}",
    },

    /** The summary as plain text, for a message in a patient portal. */
    text: {
      title: "APPOINTMENT SUMMARY",
      noReplyForEmergencies: "Do not wait for a reply to a message about an emergency sign.",
      warningSigns: "Warning signs: {url}",
      symptoms: "SYMPTOMS (warning signs first, then new or worse, then the rest)",
      symptom: "- {symptom} ({group}).",
      otherSymptoms: "OTHER THINGS I HAVE NOTICED",
      medicines: "MY MEDICINES AND DOSES",
      questions: "MY QUESTIONS",
      listItem: "- {item}",
      numbered: "{number}. {item}",
    },

    /** The checklist on paper (the page without JavaScript). */
    blank: {
      heading: "Appointment checklist",
      intro: "Print this page, fill it in by hand, and take it to your visit.",
      dateOfVisit: "Date of visit:",
      warningSigns: "<strong>Warning signs:</strong> if you tick a symptom marked <emergency>{emergencySign}</emergency>, {emergencyAction}. If you tick one marked <urgent>{urgentSign}</urgent>, {urgentAction}.",
      symptoms: "Symptoms you have noticed",
      symptomsIntro: "Tick each one you have noticed. Write when it started and how often it happens, and tick “New or worse” if it is new or worse since your last visit.",
      started: "Started:",
      howOften: "How often:",
      newOrWorse: " New or worse",
      otherSymptoms: "Other things you have noticed",
      medicines: "Your medicines and doses",
      medicinesIntro: "Include medicines from a store, vitamins and supplements.",
      medicine: "Medicine:",
      dose: "Dose and how often:",
      questions: "Your questions",
    },
  },

  /** The words of the pictures (src/lib/pictures): name, text alternative, caption and drawn labels. */
  pictures: {
    linksIntro: "The links in the picture:",
    bodyMap: {
      title: "Body map: parts of the body lupus can affect",
      description:
        "An outline of a body with the parts lupus can affect marked on it, from head to toe: " +
        "brain, nerves and mood; eyes; skin, hair and mouth; lungs; heart and blood vessels; kidneys; " +
        "digestive system; blood and clotting; joints and muscles; and the whole body. " +
        "Each part is a link to a page about its symptoms.",
      caption: "Lupus can affect many parts of the body. Choose a part to read about its symptoms.",
      linksIntro: "The same parts of the body as a list:",
      /** Each area's label, line by line, by the slug of its symptoms page. */
      areas: {
        "brain-nerves-and-mood": ["Brain, nerves", "and mood"],
        eyes: ["Eyes"],
        "skin-hair-and-mouth": ["Skin, hair", "and mouth"],
        lungs: ["Lungs"],
        "heart-and-blood-vessels": ["Heart and", "blood vessels"],
        kidneys: ["Kidneys"],
        "digestive-system": ["Digestive", "system"],
        "blood-and-clotting": ["Blood and", "clotting"],
        "joints-and-muscles": ["Joints and", "muscles"],
        "whole-body": ["Whole body"],
      },
    },
    flaresAndRemission: {
      title: "Flares and remission over time",
      description:
        "A line shows how active lupus is over time. It rises in a mild flare, falls to remission, " +
        "then rises in a serious flare. Flares do not follow a set pattern. After that, with treatment, " +
        "the line stays low, in a hatched zone that marks the goal: remission or low disease activity.",
      caption: "Lupus often goes up and down. Treatment aims to keep it calm: in remission, or with low disease activity.",
      axis: "How active lupus is",
      time: "Time",
      mildFlare: "Mild flare",
      seriousFlare: "Serious flare",
      remission: "Remission",
      treatment: ["Treatment", "keeps it low"],
      goal: ["Goal: remission or low", "disease activity"],
    },
    howLupusWorks: {
      title: "How lupus works",
      description:
        "Two columns compare the immune system as it usually works and in lupus. " +
        "Usually: your immune system makes antibodies. They find and attack germs. The germs are cleared and you get better. " +
        "In lupus: your immune system makes autoantibodies. They attack your own healthy cells. " +
        "This causes inflammation: swelling, pain and harm to the body.",
      caption: "How lupus works: the immune system attacks the body's own healthy cells instead of germs.",
      usually: "Usually",
      inLupus: "In lupus",
      /** Three steps, top to bottom: [usually, in lupus], each line by line. */
      steps: [
        [
          ["Your immune", "system makes", "antibodies."],
          ["Your immune", "system makes", "autoantibodies."],
        ],
        [
          ["They find and", "attack germs."],
          ["They attack", "your own", "healthy cells."],
        ],
        [
          ["The germs are", "cleared. You", "get better."],
          ["This causes", "inflammation:", "swelling, pain", "and harm."],
        ],
      ],
    },
    treatmentLadder: {
      title: "The lupus treatment ladder",
      description:
        "A ladder of lupus medicines, read from the bottom up. Bottom rung: hydroxychloroquine, for almost everyone. " +
        "Next: steroids, a short bridge during a flare, at the lowest dose. " +
        "Next: immunosuppressants, added when needed. Next: biologics, added when needed. " +
        "At the top is the goal: remission or low disease activity. Your care team decides which medicines you need.",
      caption:
        "The treatment ladder: medicines are added only when they are needed. Your care team decides which medicines are right for you, and when.",
      /** Top to bottom, as drawn: a name in bold, then its lines. */
      rungs: {
        goal: { name: "Goal: remission or", lines: ["low disease activity"] },
        biologics: { name: "Biologics", lines: ["added when needed"] },
        immunosuppressants: { name: "Immunosuppressants", lines: ["added when needed"] },
        steroids: { name: "Steroids", lines: ["a short bridge during", "a flare, lowest dose"] },
        hydroxychloroquine: { name: "Hydroxychloroquine", lines: ["for almost everyone"] },
      },
    },
  },
};
