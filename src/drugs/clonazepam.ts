/**
 * Clonazepam (Klonopin): the bundled data for one drug.
 * Facts come from ../shared/reference/clonazepam-facts.md; every sentence is our own.
 */
import type {
  DrugData,
  DrugNames,
  Interaction,
  ReferenceBlock,
  ReferenceSection,
  SeverityDefinition,
  Source,
  SourceId,
  TooltipSummary,
  UrgentSign,
} from './schema';

export const clonazepamNames: DrugNames = {
  generic: ['clonazepam'],
  brands: [
    { name: 'Klonopin', sources: ['fda-label'] },
    { name: 'Ceberclon', sources: ['pdr'] },
  ],
  internationalBrands: [
    {
      name: 'Rivotril',
      countries: ['Canada', 'United Kingdom', 'Switzerland', 'Japan', 'Taiwan'],
      sources: ['epilepsy-foundation', 'wikipedia', 'de-swiss-tablets', 'ja-osaka', 'zh-wiki'],
    },
    { name: 'Ravotril', countries: ['Chile'], sources: ['wikipedia'] },
    { name: 'Rivatril', countries: ['Finland'], sources: ['wagem-brands'] },
    { name: 'Epitril', countries: ['India'], sources: ['epilepsy-foundation'] },
    { name: 'Clonotril', countries: ['India'], sources: ['wikipedia'] },
    { name: 'Landsen', countries: ['Japan'], sources: ['ja-osaka'] },
    { name: 'Paxam', countries: [], sources: ['wikipedia'] },
    { name: 'Riklona', countries: ['Indonesia'], sources: ['id-kampuspedia'] },
    { name: 'Clonapam', countries: ['Canada'], sources: ['lexicomp'] },
    { name: 'Clonopam', countries: ['Taiwan'], sources: ['zh-wiki'] },
    { name: 'Iktorivil', countries: ['Sweden'], sources: ['drugbank'] },
    { name: 'Antelepsin', countries: ['Germany'], sources: ['drugbank'] },
    { name: 'Clonopin', countries: [], sources: ['merck-index-copy'] },
    { name: 'Lonazep', countries: [], sources: ['stason-manual'] },
    { name: 'Kriadex', countries: ['Mexico'], sources: ['wagem-brands'] },
    { name: 'Linotril', countries: ['United Kingdom'], sources: ['drug-driving-solicitors'] },
    { name: 'Zapiz', countries: ['India'], sources: ['otandp-hong-kong'] },
    // Not listed, as the fact sheet's matching notes advise: Rivo (a surname too), Clonex (also a
    // rooting gel), and the ordinary-word names Cloner, Leptic, Edictum and Alerion. Also left out:
    // Sensaton (one letter from "sensation") and Clozer (reads like clozapine).
    { name: 'Aklonil', countries: ['Cyprus'], sources: ['wagem-brands'] },
    { name: 'Epileptil', countries: ['Brazil'], sources: ['wagem-brands'] },
    { name: 'Navotrax', countries: ['Brazil'], sources: ['wagem-brands'] },
    { name: 'Kenoket', countries: ['Mexico'], sources: ['wagem-brands'] },
    { name: 'Zymanta', countries: ['Mexico'], sources: ['wagem-brands'] },
    ...[
      'Ciclox',
      'Clonagin',
      'Clonasedan',
      'Clonax',
      'Clonazen',
      'Diocam',
      'Felanor',
      'Flozepam',
      'Induzepam',
      'Neuryl',
      'Paditex',
      'Placidiax',
      'Riuclonaz',
      'Rivocler',
      'Sedovanon',
      'Solfidin',
      'Tecepin',
    ].map((name) => ({
      name,
      countries: ['Argentina'],
      sources: ['wagem-brands'],
    })),
  ],
  misspellings: [
    'klonipin',
    'klonapin',
    'klonopen',
    'klonipen',
    'klonepin',
    'clonapin',
    'clonazapam',
    'clonazepan',
    'clonazapan',
    'clonezepam',
    'clonazipam',
    'clonazepem',
    'clonazapem',
  ],
  slang: [
    { name: 'K-pin', sources: ['ascert'] },
    { name: 'kpin', sources: ['lighthouse-rehab'] },
  ],
  otherLanguages: [
    { name: 'clonazépam', lang: 'fr', sources: ['fr-epfl'] },
    { name: 'клоназепам', lang: 'ru', sources: ['ru-uk-wiki'] },
    { name: 'клоназепам', lang: 'uk', sources: ['ru-uk-wiki'] },
    { name: 'ривотрил', lang: 'ru', sources: ['ru-uk-wiki'] },
    { name: 'клонотрил', lang: 'ru', sources: ['ru-uk-wiki'] },
    { name: 'კლონაზეპამი', lang: 'ka', sources: ['ka-medgeo'] },
    { name: 'რივოტრილი', lang: 'ka', sources: ['ka-medgeo'] },
    { name: 'クロナゼパム', lang: 'ja', sources: ['ja-osaka'] },
    { name: 'リボトリール', lang: 'ja', sources: ['ja-osaka'] },
    { name: 'ランドセン', lang: 'ja', sources: ['ja-osaka'] },
    { name: '氯硝西泮', lang: 'zh', sources: ['zh-wiki'] },
    { name: '氯硝安定', lang: 'zh', sources: ['zh-wiki'] },
    { name: '利福全', lang: 'zh-TW', sources: ['zh-wiki'] },
    { name: '克癇平', lang: 'zh-TW', sources: ['zh-wiki'] },
    { name: '클로나제팜', lang: 'ko', sources: ['ko-connectdi'] },
    { name: 'كلونازيبام', lang: 'ar', sources: ['ar-dominapharm'] },
    { name: 'Klonazepam', lang: 'id', sources: ['id-kampuspedia'] },
    { name: 'clonazepamum', lang: 'la', sources: ['drugbank'] },
    { name: 'рівотріл', lang: 'uk', sources: ['uk-oladoctor'] },
    { name: 'ривотрил', lang: 'uk', sources: ['uk-oladoctor'] },
    { name: 'klonazepam', lang: 'no', sources: ['no-felleskatalogen'] },
    { name: 'klonazepam', lang: 'hr', sources: ['hr-ljekarna'] },
  ],
};

// ---------------------------------------------------------------------------------------------
// Sources. Each cites the primary publication with its public address. Where the text was only
// available in a copy, the publisher line says so. Several entries share one label address and
// differ in the label section they support, so a reader can find the exact passage.
// ---------------------------------------------------------------------------------------------

const DAILYMED = 'DailyMed, US National Library of Medicine (FDA-approved label)';
const OPENFDA = 'US Food and Drug Administration, openFDA';
const FDA = 'US Food and Drug Administration';
const NHS = 'NHS (UK National Health Service)';
const DRUGS_COM = 'Drugs.com';
const KLONOPIN_LABEL_URL =
  'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=8d0621b0-353e-4c4d-86de-0d6f263bff4b';
const GENERIC_LABEL_URL = 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=ee7f0165-91fe-4faa-9ee2-1fcac4ffd265';
const ODT_LABEL_URL = 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=1aef0069-80ea-483d-ac70-c8d485462c5b';
const GENERIC_LABEL_TITLE = 'Clonazepam tablets: US prescribing information';
const ODT_LABEL_TITLE = 'Clonazepam orally disintegrating tablets: US prescribing information';

const sources: Source[] = [
  // US label
  {
    id: 'fda-label',
    title: 'Klonopin (clonazepam) tablets: US prescribing information (repackager listing)',
    publisher: DAILYMED,
    url: KLONOPIN_LABEL_URL,
    section: 'Description; Clinical Pharmacology (how it works, brain-wave effects, absorption, half-life, breakdown)',
  },
  {
    id: 'label-klonopin-current',
    title: 'Klonopin tablets, label revised January 2023 (openFDA record)',
    publisher: OPENFDA,
    url: 'https://api.fda.gov/drug/label.json?search=openfda.brand_name%3A%22KLONOPIN%22',
    section: 'C-IV marking; Nursing Mothers',
  },
  {
    id: 'label-boxed-warning',
    title: ODT_LABEL_TITLE,
    publisher: DAILYMED,
    url: ODT_LABEL_URL,
    section: 'Boxed Warning (opioids; abuse, misuse and addiction; dependence and withdrawal reactions)',
  },
  {
    id: 'label-neonatal',
    title: ODT_LABEL_TITLE,
    publisher: DAILYMED,
    url: ODT_LABEL_URL,
    section: 'Warnings: Neonatal Sedation and Withdrawal Syndrome',
  },
  {
    id: 'label-odt-interactions',
    title: ODT_LABEL_TITLE,
    publisher: DAILYMED,
    url: ODT_LABEL_URL,
    section: 'Precautions: Drug Interactions (propantheline)',
  },
  {
    id: 'label-odt-ingredients',
    title: 'Generic clonazepam orally disintegrating tablets (openFDA label record)',
    publisher: OPENFDA,
    url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%22ecb28fcb-f0d1-4558-b460-ecabd0f6009e%22',
    section: 'Inactive ingredients',
  },
  {
    id: 'label-indications',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section: 'Indications and Usage',
  },
  {
    id: 'label-contraindications',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section: 'Contraindications',
  },
  {
    id: 'label-warnings',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section: 'Warnings: thinking, driving and machinery; suicidal thoughts and behavior',
  },
  {
    id: 'label-precautions',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section:
      'Precautions (mixed seizure types, withdrawal in seizure patients, breathing, kidneys, saliva, porphyria, laboratory tests, valproate)',
  },
  {
    id: 'label-interactions',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section: 'Precautions: Drug Interactions',
  },
  {
    id: 'label-adverse-reactions',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section: 'Adverse Reactions (seizure disorders, including paradoxical reactions; panic disorder trials)',
  },
  {
    id: 'label-abuse-dependence',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section: 'Drug Abuse and Dependence',
  },
  {
    id: 'label-dosage',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section:
      'Dosage and Administration (seizure disorders, panic disorder and its taper, older adults); no panic-disorder data under 18',
  },
  {
    id: 'label-overdosage',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section: 'Overdosage',
  },
  {
    id: 'label-clinical-trials',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section: 'Clinical Pharmacology: Clinical Trials (panic disorder)',
  },
  {
    id: 'label-patient-counseling',
    title: GENERIC_LABEL_TITLE,
    publisher: DAILYMED,
    url: GENERIC_LABEL_URL,
    section:
      'Patient Counseling Information (pregnancy registry number; breastfeeding wording of earlier generic versions)',
  },
  {
    id: 'pregnancy-label-copy',
    title: 'Clonazepam during pregnancy (page quoting the US label)',
    publisher: 'MotherFigure (secondary site, not the label itself)',
    url: 'https://motherfigure.com/?p=61293',
    section: 'Quoted label text on human data about birth defects',
  },
  // FDA safety communications
  {
    id: 'fda-2016-opioids',
    title: 'FDA Drug Safety Communication, 31 August 2016: opioids combined with benzodiazepines',
    publisher: FDA,
    url: 'https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm',
    section: 'Review of combined use; new boxed warnings',
  },
  {
    id: 'fda-2020-benzodiazepines',
    title: 'FDA Drug Safety Podcast, 23 September 2020: boxed warning updated for the benzodiazepine class',
    publisher: FDA,
    url: 'https://www.fda.gov/drugs/fda-drug-safety-podcasts/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
    section: 'Abuse, misuse, addiction, dependence and withdrawal; tapering',
  },
  {
    id: 'fda-2019-gabapentinoids',
    title: 'FDA Drug Safety Communication, 19 December 2019: breathing problems with gabapentin and pregabalin',
    publisher: FDA,
    url: 'https://fda.gov/drugs/drug-safety-and-availability/fda-warns-about-serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin',
    section: 'Use with other medicines that slow the brain; warning signs of slowed breathing',
  },
  {
    id: 'fda-2017-opioid-addiction-medicines',
    title:
      'FDA Drug Safety Podcast on the 20 September 2017 communication about opioid addiction medicines and benzodiazepines',
    publisher: FDA,
    url: 'https://www.fda.gov/drugs/drug-safety-podcasts/fda-drug-safety-podcast-fda-urges-caution-about-withholding-opioid-addiction-medications-patients',
    section: 'Buprenorphine and methadone in people who take benzodiazepines',
  },
  // Patient and clinical references
  {
    id: 'nhs-about',
    title: 'About clonazepam',
    publisher: NHS,
    url: 'https://www.nhs.uk/medicines/clonazepam/about-clonazepam/',
    section: 'Uses, how soon it works, addiction and stopping, alcohol, breastfeeding',
  },
  {
    id: 'nhs-who-can-take',
    title: 'Who can and cannot take clonazepam',
    publisher: NHS,
    url: 'https://www.nhs.uk/medicines/clonazepam/who-can-and-cannot-take-clonazepam/',
    section: 'Conditions to tell the doctor about before starting',
  },
  {
    id: 'statpearls',
    title: 'Clonazepam (StatPearls)',
    publisher: 'StatPearls Publishing',
    url: 'https://statpearls.com/as/pulmonary/19617/',
    section: 'Indications, including off-label uses; Mechanism of Action',
  },
  {
    id: 'lactmed',
    title: 'Clonazepam entry in the Drugs and Lactation Database (LactMed)',
    publisher:
      'US National Library of Medicine (text read in a mirror copy on anikamd.com; the NCBI Bookshelf address was not found)',
    url: 'http://anikamd.com/breastfeeding/clonazepam.htm',
    section: 'Summary of use during lactation',
  },
  {
    id: 'beers-2023',
    title: 'AGS Beers Criteria for potentially inappropriate medicines in older adults, 2023 update',
    publisher: 'American Geriatrics Society (Journal of the American Geriatrics Society, 2023)',
    url: 'https://doi.org/10.1111/jgs.18372',
    section: 'Benzodiazepines: reasons and exceptions',
  },
  {
    id: 'beers-2012',
    title: 'Cognitive Aging (National Academies report), table reproducing the 2012 AGS Beers Criteria',
    publisher: 'National Academies of Sciences, Engineering, and Medicine, via NCBI Bookshelf',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK316194/',
    section: 'Table 4B-1: benzodiazepines in older adults',
  },
  {
    id: 'epilepsy-foundation',
    title: 'Clonazepam',
    publisher: 'Epilepsy Foundation',
    url: 'https://www.epilepsy.com/medications/clonazepam',
    section: 'Brands, tolerance, how to take it, missed doses, effects to report (including allergic reactions)',
  },
  {
    id: 'pdr',
    title: 'Clonazepam orally disintegrating tablets: drug summary',
    publisher: "PDR (Prescribers' Digital Reference)",
    url: 'https://www.pdr.net/drug-summary/Clonazepam-Orally-Disintegrating-Tablets-clonazepam-703',
    section: 'Brand names; dosage forms and strengths',
  },
  {
    id: 'ms-trust',
    title: 'Clonazepam (Rivotril)',
    publisher: 'MS Trust (UK multiple sclerosis charity)',
    url: 'https://mstrust.org.uk/a-z/clonazepam-rivotril',
    section: 'Uses in multiple sclerosis; medicines that add to drowsiness',
  },
  {
    id: 'nz-formulary',
    title: 'Clonazepam: patient information sheet',
    publisher: 'New Zealand Formulary (my medicines)',
    url: 'https://mymedicines.nz/Home/Sheet/q5i1Fi2HLT8%3d',
    section: 'Missed doses; other medicines; side effects needing urgent attention',
  },
  {
    id: 'uk-product-information',
    title: 'Clonazepam: UK and EU product information (summary of product characteristics)',
    publisher: 'RxReasoner (republished UK/EU product information)',
    url: 'https://www.rxreasoner.com/substances/clonazepam/precautions',
    section: 'Older adults; muscle relaxants; St John’s wort',
  },
  {
    id: 'uk-rivotril-guide',
    title: 'Rivotril for epilepsy: medicine guide',
    publisher: 'electronic Medicines Compendium (medicines.org.uk)',
    url: 'http://www.medicines.org.uk/Guides/Rivotril/epilepsy',
    section: 'Licensed uses in the UK',
  },
  {
    id: 'lexicomp',
    title: 'ClonazePAM drug monograph (Lexicomp)',
    publisher: 'Lexicomp, Wolters Kluwer (read in a copy published by LocalHealthRx)',
    url: 'https://www.localhealthrx.com/drugs/clonazepam/',
    section: 'Canadian brand names; off-label uses',
  },
  {
    id: 'rxlist',
    title: 'Klonopin side effects',
    publisher: 'RxList',
    url: 'https://www.rxlist.com/klonopin-side-effects-drug-center.htm',
    section: 'Withdrawal symptoms',
  },
  {
    id: 'ismp-tall-man',
    title: 'Look-alike drug names with recommended Tall Man letters',
    publisher: 'Institute for Safe Medication Practices (ISMP)',
    url: 'https://www.ismp.org/recommendations/tall-man-letters-list',
    section: 'clonazePAM, cloNIDine, LORazepam and KlonoPIN',
  },
  {
    id: 'clonazolam-case',
    title: 'Case poster: overdose of liquid clonazolam',
    publisher: 'Emergency-medicine conference poster (eventscribe.net)',
    url: 'https://memc23.eventscribe.net/ajaxcalls/PosterInfo.asp?PosterID=608731',
    section: 'Case description',
  },
  {
    id: 'nice-cg113',
    title: 'Generalised anxiety disorder and panic disorder in adults: management (CG113)',
    publisher: 'NICE (UK National Institute for Health and Care Excellence)',
    url: 'https://www.nice.org.uk/guidance/cg113',
    section: 'Recommendations on benzodiazepines',
  },
  {
    id: 'rosenbaum-1997',
    title: 'Rosenbaum, Moroz and Bowden: fixed-dose study of clonazepam in panic disorder (1997)',
    publisher: 'Journal of Clinical Psychopharmacology (PubMed record)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/9315990/',
    section: 'Results and conclusions',
  },
  {
    id: 'moroz-1999',
    title: 'Moroz and Rosenbaum: optimized-dose clonazepam trial in panic disorder with a 7-week taper (1999)',
    publisher: 'Journal of Clinical Psychiatry (abstract record)',
    url: 'https://metajournal.com/articles/1194892',
    section: 'Results; discontinuation phase',
  },
  // Interactions
  {
    id: 'xyrem-label',
    title: 'Xyrem (sodium oxybate) oral solution: US prescribing information',
    publisher: DAILYMED,
    url: 'http://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=926eb076-a4a8-45e4-91ef-411f0aa4f3ca&type=display',
    section:
      'Boxed warning; Contraindications (sedative hypnotics, alcohol); use with other medicines that slow the brain',
  },
  {
    id: 'lumryz-label',
    title: 'Lumryz (extended-release sodium oxybate): US prescribing information',
    publisher: 'US Food and Drug Administration, FDALabel',
    url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/10e5e40c-52f3-4c73-8a34-2c29c690a934/spl-doc',
    section: 'Highlights: boxed warning and contraindications',
  },
  {
    id: 'fda-2012-xyrem',
    title:
      'FDA Drug Safety Communication, 17 December 2012: Xyrem (sodium oxybate) with alcohol or medicines that slow the brain',
    publisher: 'US Food and Drug Administration (text published by Drugs.com)',
    url: 'http://www.drugs.com/fda/xyrem-sodium-oxybate-safety-communication-warning-against-alcohol-causing-respiratory-depression-13213.html',
    section: 'Benzodiazepines among the brain-slowing medicines named in the warning',
  },
  {
    id: 'mayo-clonazepam',
    title: 'Clonazepam (oral route): drug information',
    publisher: 'Mayo Clinic (drug information from Merative Micromedex)',
    url: 'https://www.mayoclinic.org/drugs-supplements/clonazepam-oral-route/before-using/drg-20072102',
    section: 'Interactions with medicines and with alcohol, in three tiers',
  },
  {
    id: 'mayo-cannabis',
    title: 'Marijuana: interactions',
    publisher: 'Mayo Clinic',
    url: 'https://www.mayoclinic.org/drugs-supplements/marijuana/interactions/hrb-20059701',
    section: 'Benzodiazepines',
  },
  {
    id: 'adam-kava',
    title: 'Kava: possible interactions',
    publisher: 'A.D.A.M. health content (published by St. Luke’s Hospital)',
    url: 'https://stlukes-stl.com/health-content/medicine/33/000914.htm',
    section: 'Benzodiazepines',
  },
  {
    id: 'pharmamedix',
    title: 'Clonazepam: Interazioni (interactions)',
    publisher: 'Pharmamedix (Italian drug reference)',
    url: 'https://pharmamedix.com/principiovoce.php?pa=Clonazepam&vo=Interazioni',
    section: 'Interactions (clozapine, lamotrigine, medicines that slow its breakdown)',
  },
  {
    id: 'aidsetc',
    title: 'HIV drug interaction database: clonazepam',
    publisher: 'AIDS Education and Training Center Program (AIDSETC)',
    url: 'https://ddi.aidsetc.org/taxonomy/term/326',
    section: 'HIV medicines that raise clonazepam levels',
  },
  {
    id: 'drugs-com-fosphenytoin',
    title: 'Interaction report: clonazepam and fosphenytoin',
    publisher: DRUGS_COM,
    url: 'https://www.drugs.com/drug-interactions/clonazepam-with-fosphenytoin-703-0-1142-0.html?professional=1',
    section: 'Professional interaction report',
  },
  {
    id: 'drugs-com-voriconazole',
    title: 'Interaction report: clonazepam and voriconazole',
    publisher: DRUGS_COM,
    url: 'https://www.drugs.com/interactions-check.php?drug_list=703-0%2C2309-0&professional=1',
    section: 'Professional interaction report (rated moderate)',
  },
  {
    id: 'drugs-com-disease',
    title: 'Clonazepam disease interactions',
    publisher: DRUGS_COM,
    url: 'https://www.drugs.com/disease-interactions/clonazepam.html',
    section: 'Alcohol intoxication; narrow-angle glaucoma',
  },
  {
    id: 'drugs-com-pregnancy',
    title: 'Clonazepam pregnancy and breastfeeding warnings',
    publisher: DRUGS_COM,
    url: 'https://www.drugs.com/pregnancy/clonazepam.html',
    section: 'Pregnancy: seizure control and the pregnancy registry',
  },
  {
    id: 'medx-brands',
    title: 'Guide to clonazepam interactions (web article)',
    publisher: 'MedX (used only for opioid brand-name pairs)',
    url: 'https://medx.it.com/what-drugs-cannot-be-taken-with-clonazepam-a-comprehensive-guide-to-dangerous-interactions',
    section: 'Opioid brand names',
  },
  {
    id: 'dea-drugs-of-abuse',
    title: 'Drugs of Abuse: benzodiazepines, with brand and generic names',
    publisher: 'US Drug Enforcement Administration (read in a copy on paperzz.com)',
    url: 'https://paperzz.com/doc/8616713/drugs-of-abuse--benzodiazepines',
    section: 'Brand and generic name pairs',
  },
  {
    id: 'nida-chart',
    title: 'Commonly abused drugs chart: depressants (reproduced on a blog)',
    publisher: 'National Institute on Drug Abuse chart (copy on lifeofbecka.wordpress.com)',
    url: 'https://lifeofbecka.wordpress.com/2012/05/22/commonly-abused-drugs-depressants/',
    section: 'Sleep-medicine brand names',
  },
  {
    id: 'medlineplus-copy',
    title: 'Clonazepam drug information in the MedlinePlus (AHFS) patient style',
    publisher: 'Read in a copy on austrahealth.com.au (secondary host; the MedlinePlus page itself was not available)',
    url: 'https://www.austrahealth.com.au/clonazepam-drug-information.html',
    section: 'Opioid medicines named as raising the risk of slowed breathing and deep sedation',
  },
  {
    id: 'fda-flush-list',
    title: 'Drug disposal: the FDA flush list',
    publisher: FDA,
    url: 'https://www.fda.gov/drugs/disposal-unused-medicines-what-you-should-know/drug-disposal-fdas-flush-list-certain-medicines',
    section: 'Take-back first; medicines containing buprenorphine (Suboxone, Subutex, Zubsolv, Belbuca, Butrans)',
  },
  {
    id: 'fda-flush-list-older',
    title: 'Medicines Recommended for Disposal by Flushing (older FDA list)',
    publisher: 'US Food and Drug Administration (copy on scribd.com)',
    url: 'https://www.scribd.com/document/539610171/Medicines-Recommended-for-Disposal-by-Flushing',
    section: 'Brand names: Dolophine, Methadose, Dilaudid, Exalgo, Diastat',
  },
  {
    id: 'dailymed-methadose',
    title: 'Methadose (methadone): US prescribing information',
    publisher: DAILYMED,
    url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=544483e6-6f9d-4371-9e93-313e54e0ea05',
    section: 'Product record (brand and active ingredient)',
  },
  {
    id: 'dailymed-sublocade',
    title: 'Sublocade (buprenorphine extended-release injection): US prescribing information',
    publisher: DAILYMED,
    url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=6189fb21-9432-45f8-8481-0bfaf3ccde95',
    section: 'Product record (brand and active ingredient)',
  },
  {
    id: 'dailymed-nucynta',
    title: 'Nucynta (tapentadol): US prescribing information',
    publisher: DAILYMED,
    url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=80938c30-9fe3-4c7d-9d9c-5476638cfb2d',
    section: 'Product record (brand and active ingredient)',
  },
  {
    id: 'dailymed-valtoco',
    title: 'Valtoco (diazepam nasal spray): US prescribing information',
    publisher: DAILYMED,
    url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=1a8bcc90-68fa-474d-832c-0df01e825f39',
    section: 'Product record; benzodiazepine class boxed warning',
  },
  {
    id: 'dailymed-nayzilam',
    title: 'Nayzilam (midazolam nasal spray): US prescribing information',
    publisher: DAILYMED,
    url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=2b29422e-54d5-4a49-8522-e9cf752368c3',
    section: 'Product record; benzodiazepine class boxed warning',
  },
  {
    id: 'merck-antihistamines',
    title: 'Recognizing Sedating Antihistamines',
    publisher: 'Merck Manual, Consumer Version',
    url: 'https://www.merckmanuals.com/home/multimedia/table/recognizing-sedating-antihistamines',
    section: 'Sedating antihistamines in products sold without a prescription',
  },
  {
    id: 'drugs-com-muscle-relaxants',
    title: 'Skeletal Muscle Relaxants (Oral)',
    publisher: DRUGS_COM,
    url: 'https://www.drugs.com/cons/skeletal-muscle-relaxants.html',
    section: 'Muscle relaxants that act on the brain and spinal cord',
  },
  {
    id: 'healthwise-muscle-relaxants',
    title: 'Muscle Relaxants',
    publisher: 'Healthwise (copy on medicalrecords.com; secondary host)',
    url: 'https://www.medicalrecords.com/health-a-to-z/muscle-relaxants-definition',
    section: 'Cyclobenzaprine (Flexeril)',
  },
  {
    id: 'rxlist-antidepressants',
    title: 'The Comprehensive List of Antidepressants',
    publisher: 'RxList',
    url: 'http://www.rxlist.com/the_comprehensive_list_of_antidepressants/drugs-condition.htm',
    section: 'MAO inhibitors; tricyclic antidepressants',
  },
  {
    id: 'epilepsy-foundation-medicines',
    title: 'Summary of Anti-Seizure Medications',
    publisher: 'Epilepsy Foundation',
    url: 'https://www.epilepsy.com/stories/summary-antiepileptic-drugs',
    section: 'Seizure medicines and their brand names',
  },
  {
    id: 'merck-seizure-medicines',
    title: 'Choice of Medications to Treat Seizures',
    publisher: 'Merck Manual, Professional Version',
    url: 'https://merckmanuals.com/en-ca/professional/multimedia/table/choice-of-medications-to-treat-seizures',
    section: 'Ethosuximide among seizure medicines',
  },
  {
    id: 'norvir-label-copy',
    title: 'Norvir (ritonavir): US prescribing information, Drug Interactions',
    publisher: 'AbbVie label text, read in a mirror copy (secondary host)',
    url: 'http://www.120ty.net/bencandy.php?aid=16623&fid=134&page=13',
    section: 'Anticonvulsants whose levels ritonavir may raise (carbamazepine, clonazepam, ethosuximide)',
  },
  {
    id: 'paxlovid-hcp',
    title: 'Paxlovid: drug interactions',
    publisher: 'Pfizer (site for health care professionals)',
    url: 'https://www.paxlovidhcp.com/drug-interactions',
    section: 'Ritonavir is a strong CYP3A inhibitor',
  },
  {
    id: 'fda-2020-communication',
    title: 'FDA Drug Safety Communication, 23 September 2020: boxed warning updated for the benzodiazepine class',
    publisher: FDA,
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
    section: 'Dependence after days to weeks; withdrawal reactions, including seizures',
  },
  {
    id: 'drugs-com-leaflet',
    title: 'Klonopin (consumer leaflet, Cerner Multum, reviewed December 2024)',
    publisher: 'Drugs.com (secondary source)',
    url: 'https://www.drugs.com/cdi/klonopin-wafer-orally-disintegrating-tablets.html',
    section: 'Getting help after stopping; how long withdrawal can last; storing it safely; not sharing it',
  },
  {
    id: 'benzo-withdrawal-overview',
    title: 'Benzodiazepine withdrawal syndrome: signs and symptoms',
    publisher: 'LiquiSearch (encyclopedia copy; secondary source)',
    url: 'https://liquisearch.com/benzodiazepine_withdrawal_syndrome/signs_and_symptoms',
    section: 'Rebound, re-emergence and withdrawal',
  },
  {
    id: 'epa-disposal',
    title: 'The limited role of the FDA flush list (household medicine disposal)',
    publisher: 'US Environmental Protection Agency (mirror copy; secondary host)',
    url: 'https://client10.cmdcloud.ir/household-medication-disposal/limited-role-food-and-drug-administrations-flush-list',
    section: 'Disposal in household trash when no take-back is available',
  },
  {
    id: 'nhs-common-questions',
    title: 'Common questions about clonazepam',
    publisher: NHS,
    url: 'https://www.nhs.uk/medicines/clonazepam/common-questions-about-clonazepam/',
    section: 'Driving, cycling, tools and machines',
  },
  {
    id: 'pku-news',
    title: 'Drug products containing phenylalanine (aspartame)',
    publisher: 'National PKU News (patient organisation)',
    url: 'http://pkunews.org/diet/aspartame.htm',
    section: 'Aspartame as a source of phenylalanine',
  },
  // Misuse, overdose and help lines
  {
    id: 'dea-benzodiazepines',
    title: 'Benzodiazepines fact sheet',
    publisher: 'US Drug Enforcement Administration',
    url: 'https://www.dea.gov/factsheets/benzodiazepines',
    section: 'Street names; overdose effects',
  },
  {
    id: 'ascert',
    title: 'Klonopin (clonazepam)',
    publisher: 'ASCERT (UK drug and alcohol service)',
    url: 'https://www.ascert.biz/drug-and-alcohol-information/a-z-drugs/klonopin-clonazepam',
    section: 'Street names',
  },
  {
    id: 'lighthouse-rehab',
    title: '7 vital facts about Klonopin',
    publisher: 'Lighthouse (addiction treatment center website; secondary source)',
    url: 'https://lighthouse.rehab/7-vital-facts-about-klonopin',
    section: 'Street names (the spelling “KPin”)',
  },
  {
    id: 'poison-center',
    title: 'September is National Suicide Prevention Month',
    publisher: 'Nebraska Regional Poison Center',
    url: 'https://www.nebraskapoison.com/september-is-national-suicide-prevention-month/',
    section: '988 Suicide and Crisis Lifeline; Poison Help line',
  },
  {
    id: 'fcc-911',
    title: '9-1-1 and E9-1-1 services',
    publisher: 'US Federal Communications Commission',
    url: 'https://www.fcc.gov/encyclopedia/9-1-1-and-e9-1-1-services',
    section: '911 as the universal US emergency number',
  },
  {
    id: 'mhf-suicidal-thoughts',
    title: 'Suicidal thoughts',
    publisher: 'Mental Health Foundation (UK)',
    url: 'https://www.mentalhealth.org.uk/explore-mental-health/a-z-topics/suicidal-thoughts',
    section: 'Getting help now: 999 or A&E; Samaritans on 116 123',
  },
  {
    id: 'shsc-nhs-111',
    title: 'NHS 111 in a mental health crisis (news item)',
    publisher: 'SHSC (Sheffield Health and Social Care), an NHS foundation trust',
    url: 'https://shsc.nhs.uk/news/call-nhs-111-if-you-are-experiencing-mental-health-crisis',
    section: 'NHS 111 and its mental health option',
  },
  {
    id: 'canada-988',
    title: 'Government of Canada launches 9-8-8, a three-digit suicide crisis helpline (30 November 2023)',
    publisher: 'Public Health Agency of Canada (news release via CNW)',
    url: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
    section: 'Call or text 9-8-8, in English or French, at any hour',
  },
  {
    id: 'mindyourmind-crisis',
    title: 'I’m in crisis',
    publisher: 'mindyourmind (Canadian youth mental health site; secondary source)',
    url: 'https://mindyourmind.ca/help/im-crisis',
    section: 'Calling 911 in an emergency',
  },
  {
    id: 'ec-112',
    title: '112 Day: reaching emergency services anywhere in the EU',
    publisher: 'European Commission',
    url: 'https://digital-strategy.ec.europa.eu/en/news/112-day-saving-lives-quickly-and-easily-reaching-emergency-services-anywhere-eu',
    section: '112, the free EU-wide emergency number',
  },
  // Names in other countries and languages (used for matching and the names list)
  {
    id: 'de-swiss-tablets',
    title: 'Rivotril Tabletten 2 mg (Swiss product listing)',
    publisher: 'swiss-tablets.com (online listing of the Swiss Roche product; secondary source)',
    url: 'https://swiss-tablets.com/134408-rivotril-tabletten-2mg-100-st-ck/',
    section: 'Brand name in Switzerland',
  },
  {
    id: 'wikipedia',
    title: 'Clonazepam (archived revision)',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/?oldid=1233123758&title=Clonazepam',
    section: 'International brand names; note on the look-alike name clonazolam',
  },
  {
    id: 'fr-epfl',
    title: 'Clonazépam (French encyclopedia entry)',
    publisher: 'EPFL Graph Search',
    url: 'https://graphsearch.epfl.ch/fr/concept/724730',
    section: 'French name; prescribing limits in France',
  },
  {
    id: 'ru-uk-wiki',
    title: 'Клоназепам (Ukrainian encyclopedia entry)',
    publisher: 'Wikipedia (Ukrainian)',
    url: 'https://uk.wikipedia.org/wiki/%D0%9A%D0%BB%D0%BE%D0%BD%D0%B0%D0%B7%D0%B5%D0%BF%D0%B0%D0%BC',
    section: 'Russian and Ukrainian names and brands',
  },
  {
    id: 'ka-medgeo',
    title: 'Rivotril (Georgian medicine page)',
    publisher: 'MedGeo',
    url: 'https://www.medgeo.net/2012/01/16/%E1%83%A0%E1%83%98%E1%83%95%E1%83%9D%E1%83%A2%E1%83%A0%E1%83%98%E1%83%9A%E1%83%98-2/',
    section: 'Georgian names',
  },
  {
    id: 'ja-osaka',
    title: 'Clonazepam (Japanese clinic page)',
    publisher: 'osakamental.com',
    url: 'https://osakamental.com/symptoms/commentary/remedy-2/clonazepam.html',
    section: 'Japanese names and brands',
  },
  {
    id: 'zh-wiki',
    title: 'Clonazepam (Chinese encyclopedia entry)',
    publisher: 'Wikiwand (Chinese Wikipedia content)',
    url: 'https://www.wikiwand.com/zh-hant/articles/%E6%B0%AF%E7%A1%9D%E8%A5%BF%E6%B3%AE',
    section: 'Chinese names; Taiwan brands',
  },
  {
    id: 'ko-connectdi',
    title: 'Clonazepam (Korean drug entry)',
    publisher: 'ConnectDI',
    url: 'https://www.connectdi.com/cont/drug/?pap=detail&dl_idx=19891',
    section: 'Korean name',
  },
  {
    id: 'ar-dominapharm',
    title: 'Clonazepam product page (Arabic)',
    publisher: 'Domina Pharm',
    url: 'https://dominapharm.com/product_data.php?id=4&lang=1',
    section: 'Arabic name',
  },
  {
    id: 'id-kampuspedia',
    title: 'Klonazepam (Indonesian encyclopedia entry)',
    publisher: 'Kampuspedia',
    url: 'https://kampuspedia.com/Klonazepam',
    section: 'Indonesian name; Riklona brand',
  },
  {
    id: 'wagem-brands',
    title: 'Clonazepam: brand names by country',
    publisher: 'WAGEM drug database (secondary source)',
    url: 'https://wagem.org/drug/clonazepam/',
    section: 'Brand names in Finland, Cyprus, Brazil, Mexico and Argentina',
  },
  {
    id: 'drugbank',
    title: 'Clonazepam (DB01068), older page version',
    publisher: 'DrugBank',
    url: 'http://www.drugbank.ca/drugs/DB01068',
    section: 'Brand names (Antelepsin, Iktorivil); Latin name clonazepamum',
  },
  {
    id: 'merck-index-copy',
    title: 'Clonazepam: Merck Index monograph (copy)',
    publisher: 'cas-msds.com (copy of the Merck Index entry; secondary host)',
    url: 'http://data.cas-msds.com/Clonazepam.html',
    section: 'Trademarks, including the historical Roche name Clonopin',
  },
  {
    id: 'stason-manual',
    title: 'Clonazepam (drugs and herbs manual, web copy)',
    publisher: 'stason.org (secondary source)',
    url: 'https://stason.org/TULARC/health/Drugs-Herbs-Manual/Clonazepam.html',
    section: 'Trade names, including Lonazep',
  },
  {
    id: 'drug-driving-solicitors',
    title: 'Clonazepam and the drug-driving limits',
    publisher: 'Drug-driving solicitors’ website (secondary source)',
    url: 'https://www.drug-driving-solicitors.com/drug-driving-limits/clonazepam/',
    section: 'UK trade name Linotril',
  },
  {
    id: 'otandp-hong-kong',
    title: 'Clonazepam in Hong Kong',
    publisher: 'OT&P Healthcare, Hong Kong clinic (secondary source)',
    url: 'https://www.otandp.com/medicines-in-hong-kong/clonazepam?hsLang=en',
    section: 'Brand Zapiz (India)',
  },
  {
    id: 'uk-oladoctor',
    title: 'Rivotril 0.5 mg tablets: leaflet page in Ukrainian',
    publisher: 'oladoctor.com (secondary source)',
    url: 'https://oladoctor.com/uk/medicines/spain/rivotril-05-mg-comprimidos',
    section: 'Ukrainian spellings of the brand',
  },
  {
    id: 'no-felleskatalogen',
    title: 'Rivotril: patient leaflet (Norwegian)',
    publisher: 'Felleskatalogen, via Vitusapotek',
    url: 'https://www.vitusapotek.no/felleskatalogen/593434',
    section: 'Norwegian name',
  },
  {
    id: 'hr-ljekarna',
    title: 'Rivotril tablets (Croatian pharmacy page)',
    publisher: 'ljekarna.com.hr (secondary source)',
    url: 'https://ljekarna.com.hr/rivotril-tablete/',
    section: 'Croatian name',
  },
];
// ---------------------------------------------------------------------------------------------
// The reference, section by section, in the order of SECTION_IDS.
// ---------------------------------------------------------------------------------------------

type ListItem = Extract<ReferenceBlock, { kind: 'list' }>['items'][number];

function para(text: string, sources: SourceId[]): ReferenceBlock {
  return { kind: 'paragraph', text, sources };
}

function list(title: string | undefined, items: ListItem[]): ReferenceBlock {
  return title === undefined ? { kind: 'list', items } : { kind: 'list', title, items };
}

function item(text: string, sources: SourceId[], extra: Omit<ListItem, 'text' | 'sources'> = {}): ListItem {
  return { text, sources, ...extra };
}

const whatItIs: ReferenceSection = {
  id: 'what-it-is',
  title: 'What it is',
  blocks: [
    para(
      'Clonazepam is a medicine you can get only with a prescription. It belongs to a group of drugs called benzodiazepines, which slow down the brain. Doctors use it for some kinds of seizures. They also use it for panic disorder in adults.',
      ['fda-label', 'statpearls', 'nhs-about', 'label-indications'],
    ),
    para(
      'Klonopin is the US brand name. Outside the US it is often sold as Rivotril, for example in Canada and the UK. Many companies also make generic clonazepam.',
      ['fda-label', 'epilepsy-foundation', 'wikipedia', 'pdr'],
    ),
    para(
      'In the US it is a Schedule IV controlled substance: the law controls how it is prescribed and sold. The label explains that it can be misused and can cause dependence, even when it is taken as prescribed.',
      ['label-klonopin-current', 'label-abuse-dependence', 'fda-2020-benzodiazepines'],
    ),
    list('Forms sold in the US', [
      item('Tablets of 0.5 mg (with a score line for splitting), 1 mg and 2 mg.', ['fda-label']),
      item(
        'Klonopin tablets have a cut-out shaped like a K. The 0.5 mg tablet is orange, the 1 mg is blue and the 2 mg is white.',
        ['fda-label'],
      ),
      item(
        'Orally disintegrating tablets (ODTs), which melt on the tongue without water, in strengths from 0.125 mg up to 2 mg.',
        ['pdr', 'epilepsy-foundation'],
      ),
      item('Some generic ODTs list aspartame, a sweetener, among their inactive ingredients.', [
        'label-odt-ingredients',
      ]),
    ]),
    list('Names that are easy to mix up', [
      item(
        'Clonazepam can be confused with clonidine and with lorazepam. US safety lists print them as clonazePAM, cloNIDine and LORazepam, and the brand as KlonoPIN, so the differences stand out.',
        ['ismp-tall-man'],
      ),
      item(
        'Clonazolam is not the same drug. It is a designer benzodiazepine that is not approved as a medicine, and its name looks similar. A case report from emergency medicine describes someone who overdosed on it in liquid form.',
        ['wikipedia', 'clonazolam-case'],
      ),
    ]),
  ],
};

const uses: ReferenceSection = {
  id: 'uses',
  title: 'Uses',
  blocks: [
    para(
      'In the US, clonazepam is approved for two things: some kinds of seizures, and panic disorder in adults. It is not approved for anxiety in general. Doctors also use it for other problems. This is called off-label use.',
      ['label-indications', 'statpearls'],
    ),
    list('Approved uses in the US (FDA label)', [
      item(
        'Seizure disorders, alone or together with other seizure medicines: Lennox-Gastaut syndrome (a severe epilepsy that starts in childhood), akinetic seizures (sudden loss of movement or muscle tone) and myoclonic seizures (sudden muscle jerks).',
        ['label-indications'],
      ),
      item(
        'Absence seizures (brief staring spells, once called petit mal), but only when succinimide medicines such as ethosuximide have not worked.',
        ['label-indications'],
      ),
      item('Panic disorder in adults, with or without agoraphobia (fear of places where escape or help seems hard).', [
        'label-indications',
      ]),
    ]),
    para(
      'General anxiety is not an approved US use; only panic disorder is. Some articles describe clonazepam as a treatment for anxiety in general, but the FDA label does not.',
      ['label-indications'],
    ),
    para(
      'Panic disorder was studied in two trials that lasted 6 to 9 weeks. The label notes that use for longer than 9 weeks has not been studied in a systematic way. It gives no panic-disorder data for people under 18.',
      ['label-indications', 'label-dosage'],
    ),
    para(
      'For seizures, the benefit can fade. Some studies found that as many as 3 in 10 patients stopped responding, often within 3 months. A change of dose may bring the effect back. Mayo Clinic says that if it seems to work less well, the answer is a call to the doctor, not a larger dose.',
      ['label-indications', 'mayo-clonazepam'],
    ),
    list('Licensed uses outside the US', [
      item(
        'UK (NHS): epilepsy, panic disorder, muscle spasms that happen on their own, and in some cases restless legs syndrome.',
        ['nhs-about'],
      ),
      item(
        'UK Rivotril is licensed for epilepsy in babies, children and adults. An injected form is used for status epilepticus: a seizure that lasts a long time, or seizures that keep coming without a break.',
        ['uk-rivotril-guide'],
      ),
    ]),
    list('Off-label uses (not approved by the FDA)', [
      item('Acute mania, restless legs syndrome and insomnia (trouble sleeping).', ['statpearls'], { offLabel: true }),
      item(
        'Tardive dyskinesia (uncontrolled movements, often caused by other medicines) and REM sleep behavior disorder (acting out dreams in sleep).',
        ['statpearls'],
        { offLabel: true },
      ),
      item('Nonconvulsive status epilepticus: long-lasting seizure activity without jerking.', ['statpearls'], {
        offLabel: true,
      }),
      item(
        'Manic or mixed episodes of bipolar disorder, burning mouth syndrome and essential tremor (a shaking condition).',
        ['lexicomp'],
        { offLabel: true },
      ),
      item(
        'Shaking (tremor) in multiple sclerosis; in some cases also pain, or muscle stiffness (spasticity).',
        ['ms-trust'],
        { offLabel: true },
      ),
    ]),
    para(
      'Off-label means a prescriber uses a medicine for something its US label does not cover. This list reports what the sources describe. It does not say any use is right for a given person.',
      ['statpearls', 'lexicomp'],
    ),
  ],
};

const howItWorks: ReferenceSection = {
  id: 'how-it-works',
  title: 'How it works',
  blocks: [
    para(
      'No one knows for sure how clonazepam works, the label says. It is thought to boost GABA, a natural brain chemical that calms nerve cells.',
      ['fda-label'],
    ),
    para(
      'StatPearls explains that it acts on GABA-A receptors, the docking sites GABA uses. This makes nerve cells less likely to fire. StatPearls also reports that it leads the brain to make more serotonin, another brain chemical.',
      ['statpearls'],
    ),
    para(
      'On brain-wave tests (EEG), it suppresses the spike-and-wave pattern of absence seizures. In minor motor seizures, the abnormal discharges become less frequent, smaller, shorter and less widespread.',
      ['fda-label'],
    ),
    list('What happens in the body', [
      item('It is absorbed quickly and almost fully: about 90% of a dose reaches the blood.', ['fda-label']),
      item('Blood levels are highest 1 to 4 hours after a dose.', ['fda-label']),
      item('About 85% of it travels in the blood attached to proteins.', ['fda-label']),
      item(
        'Its half-life is usually 30 to 40 hours. Half-life is the time the body needs to clear half of a dose. Because it is long, the drug builds up over several days of regular use.',
        ['fda-label'],
      ),
      item(
        'The liver breaks down almost all of it; less than 2% leaves unchanged in the urine. Liver enzymes from the cytochrome P450 group take part, including CYP3A (a group of enzymes that breaks down many medicines). That is why some other medicines can raise or lower its level.',
        ['fda-label', 'label-interactions'],
      ),
      item('The broken-down products leave the body mainly through the kidneys.', ['fda-label', 'label-precautions']),
    ]),
    list('How soon it works (NHS)', [
      item('Panic disorder or restless legs: it starts to work in roughly an hour.', ['nhs-about']),
      item(
        'Seizures and muscle spasms: the dose is built up gradually, so the full effect can take as long as a week.',
        ['nhs-about'],
      ),
    ]),
  ],
};

const benefits: ReferenceSection = {
  id: 'benefits',
  title: 'Benefits',
  blocks: [
    para(
      'The label reports two short trials in adults with panic disorder. Some took clonazepam and some took a placebo, a dummy pill. At the end, more people on clonazepam were free of full panic attacks.',
      ['label-clinical-trials'],
    ),
    list('Panic disorder: the label’s trials', [
      item(
        'A 9-week trial tested fixed doses from 0.5 to 4 mg a day. Only 1 mg a day did better than placebo throughout, with about one fewer full panic attack a week. By the end, 74% of people on 1 mg a day had no full panic attacks, compared with 56% on placebo.',
        ['label-clinical-trials'],
      ),
      item(
        'A 6-week trial let the dose vary from 0.5 to 4 mg a day; the average best dose was 2.3 mg a day. Again there was about one fewer full attack a week. By the end, 62% had no full attacks, compared with 37% on placebo.',
        ['label-clinical-trials'],
      ),
    ]),
    list('Panic disorder: more detail from published papers', [
      item(
        'A paper on a fixed-dose trial of 413 people found that 1 mg a day was the lowest dose that worked, and higher doses worked no better. Sleepiness and unsteadiness were more common at 3 to 4 mg. The authors judged 1 to 2 mg a day the best balance of benefit and side effects.',
        ['rosenbaum-1997'],
      ),
      item(
        'A paper on a trial with doses fitted to each person found clonazepam better than placebo for how often attacks came and for overall ratings. Lowering the dose slowly over 7 weeks did not cause a withdrawal syndrome, and there was no rebound overall (rebound means symptoms coming back stronger than before).',
        ['moroz-1999'],
      ),
    ]),
    para(
      'The label’s two trials also used fixed doses and doses fitted to each person. Our sources do not say whether these papers report the same two trials, so they are not counted here as extra trials.',
      ['label-clinical-trials', 'rosenbaum-1997', 'moroz-1999'],
    ),
    list('Seizures', [
      item('The label’s evidence for seizures is its effect on brain-wave tests (see How it works).', ['fda-label']),
      item(
        'The Epilepsy Foundation notes that the body can get used to it (tolerance), so doses are often raised. Higher doses can add more side effects than extra seizure control.',
        ['epilepsy-foundation'],
      ),
    ]),
  ],
};

const sideEffects: ReferenceSection = {
  id: 'side-effects',
  title: 'Side effects',
  blocks: [
    para(
      'Clonazepam slows down the brain and spinal cord. That causes its most common side effects, such as feeling sleepy or unsteady. If any effect worries you, tell the prescriber or pharmacist.',
      ['label-adverse-reactions'],
    ),
    list('Most common in seizure treatment (US label)', [
      item('Drowsiness.', ['label-adverse-reactions'], { frequency: 'about 50% of patients' }),
      item('Poor coordination and unsteadiness (ataxia).', ['label-adverse-reactions'], {
        frequency: 'about 30% of patients',
      }),
      item('Behavior problems.', ['label-adverse-reactions'], { frequency: 'about 25% of patients' }),
      item('Drowsiness and unsteadiness may ease with time.', ['label-adverse-reactions']),
    ]),
    list('Panic disorder trials (US label)', [
      item('Side effects made 17% of people on clonazepam stop, against 9% on placebo.', ['label-adverse-reactions']),
      item('Sleepiness was the most common reason to stop.', ['label-adverse-reactions'], {
        frequency: '7% stopped for it (placebo 1%)',
      }),
      item('Depression was the next most common reason.', ['label-adverse-reactions'], {
        frequency: '4% stopped for it (placebo 1%)',
      }),
      item(
        'Dizziness, nervousness, unsteadiness and slower thinking each made a few people stop.',
        ['label-adverse-reactions'],
        {
          frequency: 'about 1% each',
        },
      ),
      item(
        'In a published trial, people on clonazepam had depression, dizziness, tiredness and irritability more often than people on placebo. Sleepiness and unsteadiness rose with the dose.',
        ['rosenbaum-1997'],
      ),
    ]),
    list('Other side effects listed in the label', [
      item(
        'Mind and mood: confusion, depression, memory loss, hallucinations and psychosis (losing touch with reality).',
        ['label-adverse-reactions'],
      ),
      item(
        'Paradoxical reactions, the opposite of the expected calm: agitation, aggression, hostility or irritability, and also anxiety, hallucinations or nightmares.',
        ['label-adverse-reactions'],
      ),
      item(
        'Nerves and muscles: slurred speech, shaking (tremor), a spinning feeling (vertigo), jerky eye movements (nystagmus), double vision, floppy muscles and muscle weakness.',
        ['label-adverse-reactions'],
      ),
      item(
        'Mayo Clinic describes how this can look: a person may seem drunk, become confused or more depressed, see things that are not there, have thoughts of suicide, or become strangely excited, jumpy or cross. The doctor needs to hear about any of these.',
        ['mayo-clonazepam'],
      ),
      item('Breathing: slowed breathing, chest congestion and extra mucus in the nose and throat.', [
        'label-adverse-reactions',
      ]),
      item('Heart: palpitations, a pounding or racing heartbeat.', ['label-adverse-reactions']),
      item('Skin and hair: hair loss, extra hair growth, rash, and swollen ankles or face.', [
        'label-adverse-reactions',
      ]),
      item(
        'Stomach and appetite: less or more appetite, constipation, diarrhea, dry mouth, nausea, and weight loss or gain.',
        ['label-adverse-reactions'],
      ),
      item('Bladder: pain when passing urine, bedwetting, and trouble emptying the bladder.', [
        'label-adverse-reactions',
      ]),
      item(
        'Blood and liver: low numbers of red cells, white cells or platelets; an enlarged liver; short-lived rises in liver test results. Fever can also occur.',
        ['label-adverse-reactions'],
      ),
    ]),
    para(
      'It can dull thinking and slow reactions. The label warns that this can affect driving and the use of machines.',
      ['label-warnings'],
    ),
    list('Get emergency help now (911 in the US, or your local emergency number)', [
      item(
        'Slow, shallow or labored breathing, or someone you can barely wake. The risk is higher when clonazepam is taken with opioids or alcohol.',
        ['label-boxed-warning', 'nz-formulary'],
        { urgent: true },
      ),
      item(
        'Signs of a severe allergic reaction: trouble breathing, a tight throat, swollen lips, face or tongue, or hives.',
        ['epilepsy-foundation'],
        {
          urgent: true,
        },
      ),
      item(
        'Thoughts of suicide or self-harm. In the US you can also call or text 988, the Suicide and Crisis Lifeline.',
        ['label-warnings', 'poison-center'],
        {
          urgent: true,
        },
      ),
    ]),
    list('Contact the prescriber promptly', [
      item('New or worse depression, or unusual changes in mood or behavior.', [
        'label-warnings',
        'epilepsy-foundation',
      ]),
      item('Sores in the mouth or throat, which can signal a blood problem.', ['epilepsy-foundation']),
      item('Yellowing of the skin or the whites of the eyes.', ['epilepsy-foundation']),
      item('Severe confusion or hallucinations.', ['epilepsy-foundation']),
      item('Seizures that get worse or come more often.', ['label-precautions']),
    ]),
  ],
};

const boxedWarning: ReferenceSection = {
  id: 'boxed-warning',
  title: 'Boxed warning',
  blocks: [
    para(
      'A boxed warning is the strongest warning the FDA puts on a medicine’s label. The clonazepam label has one, in three parts.',
      ['label-boxed-warning', 'fda-2020-benzodiazepines'],
    ),
    list('The three parts', [
      item(
        'Opioids. Taking clonazepam with an opioid (such as many prescription pain and cough medicines) can cause extreme sleepiness, slowed breathing, coma and death. The label says to prescribe them together only when other treatments are not good enough, at the lowest doses for the shortest time, while watching breathing and alertness.',
        ['label-boxed-warning'],
      ),
      item(
        'Abuse, misuse and addiction. Clonazepam can be misused, and addiction can follow. That can lead to overdose or death. The danger is greater when it is mixed with alcohol, other medicines or street drugs. Prescribers are asked to check each person’s risk before and during treatment.',
        ['label-boxed-warning'],
      ),
      item(
        'Dependence and withdrawal. Regular use can make the body physically dependent, and the risk grows with longer use and higher doses. Stopping suddenly, or lowering the dose fast, can bring on withdrawal, and some withdrawal reactions can threaten life. The label calls for a gradual taper (lowering the dose step by step) whenever the dose is reduced or stopped.',
        ['label-boxed-warning'],
      ),
    ]),
    para(
      'The opioid warning came in 2016, after the FDA found that combined use was rising and causing breathing problems and deaths. In 2020 the FDA widened the box to cover misuse, addiction, dependence and withdrawal, saying earlier labels had not warned enough.',
      ['fda-2016-opioids', 'fda-2020-benzodiazepines'],
    ),
    para(
      'Tell the prescriber and pharmacist about any opioid you take or are offered. Do not stop clonazepam or change the dose without talking to the prescriber first.',
      ['label-boxed-warning', 'fda-2020-benzodiazepines'],
    ),
  ],
};

const dependence: ReferenceSection = {
  id: 'dependence',
  title: 'Dependence and misuse',
  blocks: [
    para(
      'Clonazepam can be misused, and the body can come to depend on it. This can happen even when it is taken as prescribed.',
      ['label-abuse-dependence', 'fda-2020-benzodiazepines'],
    ),
    para(
      'Physical dependence means the body has adapted to a drug, so stopping it or cutting back quickly causes withdrawal. Misuse means taking a medicine in a way other than prescribed, or taking someone else’s. Addiction means being unable to control use even when it causes harm.',
      ['label-abuse-dependence'],
    ),
    list('What the sources say', [
      item(
        'Clonazepam is a Schedule IV controlled substance in the US, one of the legal classes of medicines whose prescribing and sale are controlled.',
        ['label-klonopin-current'],
      ),
      item('The label says some risk of misuse remains even when it is taken exactly as prescribed.', [
        'label-abuse-dependence',
      ]),
      item(
        'The FDA says the body can become dependent after just days or weeks of daily use, even at prescribed doses.',
        ['fda-2020-benzodiazepines'],
      ),
      item(
        'Misuse often involves alcohol, other medicines or street drugs at the same time, and these mixes make serious harm more likely.',
        ['label-boxed-warning'],
      ),
      item('The NHS says addiction is unlikely when it is taken for a short time, 2 to 4 weeks.', ['nhs-about']),
      item('Anyone who has had problems with alcohol or drugs should tell the doctor before starting.', [
        'nhs-who-can-take',
      ]),
    ]),
    para(
      'Street names for benzodiazepines include “benzos” and “downers”. Names used for clonazepam in particular include “K-pins” and “Super Valium”.',
      ['dea-benzodiazepines', 'ascert'],
    ),
  ],
};

const withdrawal: ReferenceSection = {
  id: 'withdrawal',
  title: 'Withdrawal and tapering',
  blocks: [
    para(
      'After regular use, stopping clonazepam all at once can cause withdrawal. Some withdrawal reactions can be life-threatening. That is why the dose is lowered slowly, step by step, with the prescriber.',
      ['label-boxed-warning', 'label-abuse-dependence'],
    ),
    para(
      'Stopping suddenly after regular use is what brings on withdrawal. The label compares the symptoms to those seen when barbiturates or alcohol are stopped.',
      ['label-abuse-dependence', 'label-precautions'],
    ),
    list('Withdrawal symptoms that have been reported', [
      item('Trouble sleeping, sweating and vomiting.', ['rxlist']),
      item('Shaking, and cramps in the stomach or muscles.', ['rxlist']),
      item('Changes in behavior, hallucinations and psychosis.', ['rxlist']),
      item(
        'Seizures (convulsions). A seizure after stopping or cutting down needs emergency help now: call 911 in the US, or your local emergency number.',
        ['rxlist', 'label-abuse-dependence'],
        {
          urgent: true,
        },
      ),
      item(
        'In people with seizure disorders, especially after long use of high doses, stopping suddenly can set off status epilepticus: a seizure that lasts a long time, or seizures that keep coming without a break. Get emergency help now: call 911 in the US, or your local emergency number.',
        ['label-precautions'],
        { urgent: true },
      ),
    ]),
    para(
      'Withdrawal can be acute, soon after stopping or cutting down, or protracted, going on long after. The 2020 boxed warning says the risk grows with longer use and higher daily doses, and that stopping suddenly or lowering the dose fast is what sets off acute withdrawal, which can threaten life. The FDA adds that withdrawal can include seizures.',
      ['label-boxed-warning', 'fda-2020-communication'],
    ),
    list('Withdrawal symptoms in everyday words (Mayo Clinic)', [
      item(
        'Feeling anxious, nervous or irritable; trouble sleeping or concentrating; blurred vision; dizziness; little appetite.',
        ['mayo-clonazepam'],
      ),
      item(
        'Low mood or lost interest in things; feeling that you or the world around you is not real; hallucinations; unusual excitement.',
        ['mayo-clonazepam'],
      ),
      item(
        'Strange body positions or movements, going silent, or echoing the words or actions of others; severe sleepiness; seizures.',
        ['mayo-clonazepam'],
      ),
    ]),
    list(
      'After stopping or cutting down, get emergency help at once (911 in the US, or your local emergency number) for',
      [
        item(
          'Unusual muscle movements, being much more active or talkative than usual, or sudden, severe changes in mood or behavior.',
          ['drugs-com-leaflet'],
          { urgent: true },
        ),
        item('Hallucinations, confusion, seizures or thoughts of suicide.', ['drugs-com-leaflet'], { urgent: true }),
      ],
    ),
    para('A consumer leaflet from Drugs.com says a few withdrawal symptoms may go on for a year or more.', [
      'drugs-com-leaflet',
    ]),
    para(
      'Rebound means the old symptoms, such as anxiety or trouble sleeping, come back stronger than before. Re-emergence means they come back as they were. Withdrawal can also bring symptoms that are new. The single clonazepam taper trial in our sources found no rebound overall. No label text on rebound was found.',
      ['benzo-withdrawal-overview', 'moroz-1999'],
    ),
    list('Tapering: lowering the dose step by step', [
      item('The label says the dose must be lowered gradually whenever it is reduced or stopped.', [
        'label-boxed-warning',
      ]),
      item(
        'For panic disorder, the label’s schedule lowers the dose by 0.125 mg twice a day every 3 days until none is left.',
        ['label-dosage'],
      ),
      item(
        'For seizures, the label says withdrawal must be gradual, and another seizure medicine may be started at the same time.',
        ['label-precautions'],
      ),
      item(
        'The FDA says that if withdrawal symptoms appear, the prescriber may pause the taper or go back a step, then continue more slowly.',
        ['fda-2020-benzodiazepines'],
      ),
      item(
        'The NHS says that after more than 2 to 4 weeks of use, the dose needs to be lowered gradually before stopping.',
        ['nhs-about'],
      ),
      item('In one trial, people with panic disorder came off clonazepam over 7 weeks without a withdrawal syndrome.', [
        'moroz-1999',
      ]),
    ]),
    para(
      'Coming off under medical care, sometimes called detox, centers on this kind of slow taper. The prescriber plans and adjusts it. Do not stop or cut down on your own.',
      ['label-boxed-warning', 'fda-2020-benzodiazepines'],
    ),
  ],
};

const dosage: ReferenceSection = {
  id: 'dosage',
  title: 'Dosage',
  blocks: [
    para(
      'These are the dose ranges in the US label. They are here to help you follow what your prescriber tells you, not to guide any change. Your own dose is set by your prescriber; do not change it without talking to them.',
      ['label-dosage'],
    ),
  ],
  subsections: [
    {
      title: 'Seizure disorders: adults',
      blocks: [
        list(undefined, [
          item('Starting dose: no more than 1.5 mg a day, split into 3 doses.', ['label-dosage']),
          item(
            'Every 3 days the dose can rise by 0.5 to 1 mg. Increases stop once seizures are under control, or when side effects rule out more.',
            ['label-dosage'],
          ),
          item('The maintenance dose is set for each person. The maximum is 20 mg a day.', ['label-dosage']),
        ]),
      ],
    },
    {
      title: 'Seizure disorders: babies and children (up to 10 years old or 30 kg)',
      blocks: [
        list(undefined, [
          item(
            'Starting dose: 0.01 to 0.03 mg for each kilogram (kg) of body weight per day, never more than 0.05 mg per kg a day, split into 2 or 3 doses.',
            ['label-dosage'],
          ),
          item('The dose goes up by no more than 0.25 to 0.5 mg every third day.', ['label-dosage']),
          item(
            'Usual maintenance: 0.1 to 0.2 mg per kg a day, ideally split into 3 equal doses. When they cannot be equal, the biggest dose is the bedtime one.',
            ['label-dosage'],
          ),
        ]),
      ],
    },
    {
      title: 'Panic disorder: adults',
      blocks: [
        list(undefined, [
          item('Starting dose: 0.25 mg twice a day.', ['label-dosage']),
          item('For most people the target is 1 mg a day, reached after 3 days.', ['label-dosage']),
          item(
            'In the label’s fixed-dose trial, 1 mg a day worked better than 2, 3 or 4 mg, and those higher doses caused more side effects.',
            ['label-dosage', 'label-clinical-trials'],
          ),
          item('If needed, the dose can go up by 0.125 to 0.25 mg twice a day every 3 days, to at most 4 mg a day.', [
            'label-dosage',
          ]),
          item('The label notes that giving one of the doses at bedtime may reduce sleepiness during the day.', [
            'label-dosage',
          ]),
          item('When treatment ends, the label lowers the dose slowly (see Withdrawal and tapering).', [
            'label-dosage',
          ]),
          item('The label gives no panic-disorder dose for people under 18.', ['label-dosage']),
        ]),
      ],
    },
    {
      title: 'Maximum doses',
      blocks: [
        list(undefined, [
          item('Seizure disorders in adults: 20 mg a day.', ['label-dosage']),
          item('Panic disorder: 4 mg a day.', ['label-dosage']),
        ]),
      ],
    },
    {
      title: 'Older adults',
      blocks: [
        list(undefined, [
          item(
            'The US label reports no clinical-trial experience in people 65 or older. It says to begin with low doses and watch closely.',
            ['label-dosage'],
          ),
          item('UK and EU product information suggests starting older people on no more than 0.5 mg a day.', [
            'uk-product-information',
          ]),
        ]),
      ],
    },
    {
      title: 'Liver and kidneys',
      blocks: [
        list(undefined, [
          item(
            'Significant liver disease is a contraindication: the label rules clonazepam out (see Who should not take it).',
            ['label-contraindications'],
          ),
          item(
            'The label advises caution with kidney problems, because the broken-down drug leaves through the kidneys.',
            ['label-precautions'],
          ),
        ]),
      ],
    },
    {
      title: 'How it is taken',
      blocks: [
        list(undefined, [
          item('Tablets are swallowed whole with some water. Food does not matter.', ['epilepsy-foundation']),
          item(
            'ODTs: with dry hands, peel back the foil, then put the tablet in the mouth to melt. Water is optional.',
            ['epilepsy-foundation'],
          ),
          item(
            'If a prescription moves to a different tablet strength, the number of tablets per dose changes too. Check with the pharmacist.',
            ['epilepsy-foundation'],
          ),
        ]),
      ],
    },
    {
      title: 'Missed dose',
      blocks: [
        list(undefined, [
          item(
            'The Epilepsy Foundation and the New Zealand Formulary say a missed dose can be taken when remembered, unless the next one is due soon; then the missed one is skipped.',
            ['epilepsy-foundation', 'nz-formulary'],
          ),
          item('Both say never to take two doses at once to make up for a missed one.', [
            'epilepsy-foundation',
            'nz-formulary',
          ]),
          item('Mayo Clinic gives the same rule.', ['mayo-clonazepam']),
        ]),
      ],
    },
    {
      title: 'Storing it, getting rid of it, and not sharing it',
      blocks: [
        list(undefined, [
          item(
            'Mayo Clinic: keep it at room temperature in a closed container, away from heat, damp and direct light, and do not let it freeze.',
            ['mayo-clonazepam'],
          ),
          item('Keep it where children cannot reach it, and where other people cannot get to it.', [
            'mayo-clonazepam',
            'drugs-com-leaflet',
          ]),
          item(
            'For expired or unneeded tablets, the FDA prefers a take-back option, such as a drop-off site or a mail-back envelope. Clonazepam is not on the FDA list of medicines to flush.',
            ['fda-flush-list'],
          ),
          item(
            'Where there is no take-back option, the EPA and FDA describe mixing the tablets with something unpleasant, such as used coffee grounds, dirt or cat litter, sealing the mix in a container, and putting it in the household trash.',
            ['epa-disposal'],
          ),
          item(
            'It is prescribed for one person. A consumer leaflet says that in the US, giving or selling it to anyone else is against the law.',
            ['drugs-com-leaflet'],
          ),
        ]),
      ],
    },
    {
      title: 'Driving, machines and alcohol',
      blocks: [
        list(undefined, [
          item(
            'The NHS names sleepiness during the day as the commonest side effect, and says that people who feel sleepy or confused should not drive, cycle or use tools or machines.',
            ['nhs-about', 'nhs-common-questions'],
          ),
          item(
            'Mayo Clinic says to find out how it affects you before driving or doing anything that needs you to be alert.',
            ['mayo-clonazepam'],
          ),
          item(
            'The NHS advises against drinking alcohol while on clonazepam: the two together can cause a sleep so deep that it is hard to wake up.',
            ['nhs-about'],
          ),
        ]),
      ],
    },
    {
      title: 'Orally disintegrating tablets and phenylketonuria',
      blocks: [
        para(
          'Some generic orally disintegrating tablets list aspartame among their ingredients. Aspartame is a source of phenylalanine, which people with phenylketonuria (PKU) need to know about. The ODT label’s own PKU statement was not found.',
          ['label-odt-ingredients', 'pku-news'],
        ),
      ],
    },
  ],
};

const interactionsSection: ReferenceSection = {
  id: 'interactions',
  title: 'Interactions',
  blocks: [
    para(
      'Many medicines and other substances add to clonazepam’s sedating effect. Others change how fast the body clears it. The table lists the main ones. Each has one of four levels of risk, based on the ratings that drug references such as Drugs.com and Micromedex use; where a source gives its own rating, the entry names it. A level describes risk. It is not an instruction: what to watch for and who to talk to are in each entry.',
      ['label-interactions', 'label-boxed-warning', 'mayo-clonazepam', 'drugs-com-disease'],
    ),
    para(
      'The most dangerous mixes are with opioids and with alcohol. Together with clonazepam, they can slow breathing until it stops.',
      ['label-boxed-warning', 'fda-2016-opioids', 'nhs-about'],
    ),
    para(
      'Some mixes raise or lower the clonazepam level instead. In the label, ranitidine had no important effect on it, and fluoxetine did not change it.',
      ['label-interactions'],
    ),
    para(
      'Tell the prescriber and pharmacist about every medicine, herbal product and recreational drug you use, including ones bought without a prescription.',
      ['nz-formulary'],
    ),
  ],
};

const cautions: ReferenceSection = {
  id: 'cautions',
  title: 'Who should not take it, and who needs caution',
  blocks: [
    para(
      'The label rules clonazepam out for some people. One group is people who have had an allergy to any benzodiazepine. The others are people with serious liver disease, or with a sudden kind of glaucoma (high pressure in the eye). For many other health problems, the prescriber needs to know first.',
      ['label-contraindications', 'nhs-who-can-take'],
    ),
    list('Contraindications: conditions in which the label rules it out', [
      item('A past allergic reaction to any benzodiazepine.', ['label-contraindications']),
      item('Significant liver disease, shown by symptoms or by blood tests.', ['label-contraindications']),
      item(
        'Acute narrow-angle glaucoma, a sudden rise in pressure inside the eye. People with open-angle glaucoma that is being treated may be able to use it.',
        ['label-contraindications'],
      ),
    ]),
    para(
      'Some articles say liver disease and glaucoma only call for caution. The US label goes further: it lists significant liver disease and acute narrow-angle glaucoma as contraindications, conditions that rule clonazepam out.',
      ['label-contraindications'],
    ),
  ],
  subsections: [
    {
      title: 'Liver disease',
      blocks: [
        para(
          'The liver breaks down almost all of a dose, and significant liver disease rules clonazepam out. During long-term use, the label advises regular liver tests and blood counts.',
          ['label-contraindications', 'label-precautions', 'fda-label'],
        ),
      ],
    },
    {
      title: 'Narrow-angle glaucoma',
      blocks: [
        para(
          'Acute narrow-angle glaucoma is a contraindication in the US label. Drugs.com also rates closed-angle glaucoma as a major concern.',
          ['label-contraindications', 'drugs-com-disease'],
        ),
      ],
    },
    {
      title: 'Breathing problems',
      blocks: [
        para(
          'Clonazepam can slow breathing. The label advises caution when breathing is already weak. It can also cause extra saliva, a problem for anyone who struggles to clear their airway. The NHS asks people with lung problems or sleep apnea (pauses in breathing during sleep) to tell the doctor first.',
          ['label-precautions', 'nhs-who-can-take'],
        ),
      ],
    },
    {
      title: 'Kidney problems and other conditions',
      blocks: [
        list(undefined, [
          item('Kidney problems: the broken-down drug can build up.', ['label-precautions']),
          item('Porphyria, a rare blood disorder: clonazepam may bring on attacks.', ['label-precautions']),
          item(
            'Several seizure types at once: it can bring on tonic-clonic (grand mal) seizures, in which the body stiffens and then jerks, or make them more frequent.',
            ['label-precautions'],
          ),
          item(
            'The NHS also asks people to mention myasthenia gravis (a muscle-weakness condition), spinal or cerebellar ataxia (unsteadiness from nerve damage), a personality disorder, or a planned general anesthetic.',
            ['nhs-who-can-take'],
          ),
          item('Drugs.com rates being drunk (acute alcohol intoxication) as a major concern with clonazepam.', [
            'drugs-com-disease',
          ]),
        ]),
      ],
    },
    {
      title: 'Pregnancy',
      blocks: [
        list(undefined, [
          item(
            'Use late in pregnancy can make a newborn sleepy and floppy, with slowed breathing. The baby can also have withdrawal: overactive reflexes, irritability, restlessness, shaking, crying that cannot be soothed, and feeding problems. Newborns who were exposed should be watched.',
            ['label-neonatal'],
          ),
          item(
            'A secondary site (MotherFigure) quoting the label’s pregnancy section says human data on birth defects are inconclusive.',
            ['pregnancy-label-copy'],
          ),
          item('Stopping treatment can make epilepsy worse, and so can pregnancy itself.', ['drugs-com-pregnancy']),
          item(
            'The North American Antiepileptic Drug Pregnancy Registry collects information on pregnancies exposed to seizure medicines. Its number is 1-888-233-2334.',
            ['label-patient-counseling', 'drugs-com-pregnancy'],
          ),
          item(
            'Tell the prescriber if you are pregnant or trying to become pregnant, and straight away if you become pregnant while taking it.',
            ['nhs-who-can-take', 'mayo-clonazepam'],
          ),
          item(
            'Mayo Clinic lists signs in a newborn to report: poor feeding, vomiting or diarrhea, poor weight gain, floppiness, shakiness, restlessness or irritability, a shrill cry, odd sleep patterns, sluggishness and trouble breathing.',
            ['mayo-clonazepam'],
          ),
        ]),
      ],
    },
    {
      title: 'Breastfeeding',
      blocks: [
        list(undefined, [
          item(
            'The current Klonopin label says the effects on a breastfed baby and on milk supply are not known. It asks for the value of breastfeeding to be balanced against how much the mother needs the medicine and any risk to the baby.',
            ['label-klonopin-current'],
          ),
          item(
            'LactMed, the US National Library of Medicine’s database on medicines and breastfeeding, reports that breastfed babies are occasionally sedated, especially when the mother takes other sedating medicines too. It advises watching the baby for drowsiness, weight gain and developmental milestones. It adds that when the medicine is used to calm or for anxiety, other choices are safer during breastfeeding.',
            ['lactmed'],
          ),
          item(
            'Label versions differ: an older generic clonazepam label told patients not to breastfeed. The prescriber or pharmacist can explain which advice applies.',
            ['label-patient-counseling'],
          ),
          item('The NHS asks people who are breastfeeding to tell the doctor.', ['nhs-about']),
        ]),
      ],
    },
    {
      title: 'Older adults',
      blocks: [
        list(undefined, [
          item('The label says to start low and watch closely.', ['label-dosage']),
          item(
            'The AGS Beers Criteria, the American Geriatrics Society’s list of medicines that may be unsuitable for older adults (2012 edition), list benzodiazepines as potentially inappropriate for older adults. Older people are more sensitive to them and clear long-acting ones more slowly. Risks include memory and thinking problems, delirium (sudden severe confusion), falls, broken bones and car crashes.',
            ['beers-2012'],
          ),
          item(
            'The Beers Criteria also advise against them for anyone who has delirium or is likely to get it, and for people with dementia or other thinking problems.',
            ['beers-2012'],
          ),
          item(
            'The 2023 update keeps benzodiazepines on the list and adds misuse and dependence to the reasons. It says they may still be appropriate for seizure disorders, REM sleep behavior disorder, withdrawal from alcohol or benzodiazepines, severe generalized anxiety disorder, and anesthesia around procedures.',
            ['beers-2023'],
          ),
        ]),
      ],
    },
    {
      title: 'History of substance use',
      blocks: [
        para(
          'Misuse of clonazepam often involves alcohol or other drugs, and prescribers are asked to judge each person’s risk before and during treatment. The NHS asks anyone who has had problems with alcohol or drugs to tell the doctor first.',
          ['label-boxed-warning', 'label-abuse-dependence', 'nhs-who-can-take'],
        ),
      ],
    },
    {
      title: 'Depression and suicidal thoughts',
      blocks: [
        para('Like other seizure medicines, clonazepam carries a label warning about suicidal thoughts and behavior.', [
          'label-warnings',
        ]),
        para(
          'The NHS asks people to tell the doctor about depression, a recent loss or thoughts of self-harm before starting. New or worse depression needs a prompt call to the prescriber.',
          ['nhs-who-can-take', 'epilepsy-foundation'],
        ),
        list(undefined, [
          item(
            'Thoughts of suicide need help now: in the US, call or text 988, or call 911. Elsewhere, call your local emergency number.',
            ['label-warnings', 'poison-center', 'fcc-911'],
            { urgent: true },
          ),
        ]),
      ],
    },
  ],
};

const overdose: ReferenceSection = {
  id: 'overdose',
  title: 'Overdose and urgent signs',
  blocks: [
    para(
      'Too much clonazepam can make a person sleep deeply and be confused. Their reflexes get weak, and they can fall into a coma. The label lists these as signs of an overdose.',
      ['label-overdosage'],
    ),
    para(
      'The risk is highest when clonazepam is mixed with opioids, alcohol or other sedating drugs. Together they can slow breathing until it stops, and can kill.',
      ['label-boxed-warning', 'fda-2016-opioids', 'dea-benzodiazepines'],
    ),
    list('Get emergency help now (911 in the US, or your local emergency number) if a person has', [
      item('Slow, shallow or difficult breathing.', ['fda-2019-gabapentinoids'], { urgent: true }),
      item('No response, or cannot be woken.', ['fda-2019-gabapentinoids'], { urgent: true }),
      item('Bluish lips, fingers or toes.', ['fda-2019-gabapentinoids'], { urgent: true }),
      item('Extreme sleepiness.', ['fda-2019-gabapentinoids'], { urgent: true }),
      item('Confusion, disorientation or unusual dizziness.', ['fda-2019-gabapentinoids'], { urgent: true }),
    ]),
    list('Numbers to call in the US', [
      item('911 for any life-threatening emergency.', ['fcc-911'], { urgent: true }),
      item(
        'Poison Help: 1-800-222-1222, for advice after too much of a medicine or the wrong one.',
        ['poison-center'],
        { urgent: true },
      ),
      item(
        '988 Suicide and Crisis Lifeline: call or text 988 for thoughts of suicide or an emotional crisis.',
        ['poison-center'],
        { urgent: true },
      ),
    ]),
    list('Emergency and crisis numbers in the UK, Canada and the EU', [
      item(
        'UK: 999, or go to A&E, when someone has tried to end their life or cannot keep safe.',
        ['mhf-suicidal-thoughts'],
        { urgent: true },
      ),
      item(
        'England: NHS 111 for urgent help when life is not at risk, including a mental health crisis.',
        ['shsc-nhs-111'],
        { urgent: true },
      ),
      item('UK: Samaritans on 116 123, free, to talk to someone at any hour.', ['mhf-suicidal-thoughts'], {
        urgent: true,
      }),
      item('Canada: 911 for emergencies.', ['mindyourmind-crisis'], { urgent: true }),
      item('Canada: call or text 9-8-8, in English or French, at any hour, for a suicide crisis.', ['canada-988'], {
        urgent: true,
      }),
      item('EU: 112 reaches emergency services in every member state, free of charge.', ['ec-112'], { urgent: true }),
    ]),
  ],
};

const debate: ReferenceSection = {
  id: 'debate',
  title: 'The debate: benefits against risks',
  blocks: [
    para(
      'Health agencies and the writers of treatment guides weigh what clonazepam can do for people against its risks. Here is how the sources put each side.',
      ['fda-2020-benzodiazepines', 'nice-cg113'],
    ),
    list('The case for using it', [
      item('The FDA says benzodiazepines remain an important treatment for their approved conditions.', [
        'fda-2020-benzodiazepines',
      ]),
      item(
        'In the label’s panic trials, more people were free of full panic attacks on clonazepam than on placebo (74% against 56%, and 62% against 37%). A published paper on a fixed-dose trial put the best balance at 1 to 2 mg a day.',
        ['label-clinical-trials', 'rosenbaum-1997'],
      ),
      item(
        'It remains an option for certain seizure types, including absence seizures that succinimide medicines have not controlled.',
        ['label-indications'],
      ),
      item('In one trial, people came off it with a slow taper without a withdrawal syndrome.', ['moroz-1999']),
    ]),
    list('The case for caution', [
      item(
        'The FDA said in 2020 that misuse, abuse and addiction can happen even at recommended doses, that dependence can start within days to weeks, and that earlier labels had not warned enough.',
        ['fda-2020-benzodiazepines'],
      ),
      item('The label notes that no controlled trial has looked systematically at panic-disorder use past 9 weeks.', [
        'label-indications',
      ]),
      item('In some seizure studies, as many as 3 in 10 patients stopped responding.', ['label-indications']),
      item(
        'Other concerns are effects on thinking, falls in older people, and overdose when it is combined with opioids or alcohol.',
        ['beers-2023', 'label-boxed-warning'],
      ),
    ]),
    list('What guidelines say', [
      item(
        'NICE (UK) links benzodiazepines with worse long-term outcomes and advises that they not be used for panic disorder. For generalized anxiety disorder, it advises against them except briefly in a crisis. It prefers talking therapy such as CBT (cognitive behavioral therapy) and antidepressants.',
        ['nice-cg113'],
      ),
      item(
        'The NHS says 2 to 4 weeks of use is unlikely to cause addiction, and that longer use needs a gradual taper before stopping.',
        ['nhs-about'],
      ),
      item(
        'The AGS Beers Criteria (2023) call benzodiazepines potentially inappropriate for older adults, while allowing that they may suit some uses, such as seizure disorders.',
        ['beers-2023'],
      ),
      item(
        'France limits clonazepam to epilepsy. A specialist must start it, and each secure prescription covers 12 weeks or less.',
        ['fr-epfl'],
      ),
    ]),
    para(
      'Results differ from person to person. In the label’s trials, some people still had full panic attacks at the end, and 17% stopped because of side effects.',
      ['label-clinical-trials', 'label-adverse-reactions'],
    ),
    para(
      'The sources agree that clonazepam helps with its approved uses in the short term. Whether it belongs in long-term treatment is disputed. The concerns are tolerance, dependence, withdrawal, effects on thinking, falls, and overdose when it is mixed with opioids or alcohol. The choice is made person by person with the prescriber, and stopping should be gradual.',
      ['label-boxed-warning', 'nhs-about', 'fda-2020-benzodiazepines'],
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// Interactions. Member names are what the page scan and the checker look for: each is unique
// across the table, and ordinary words that would flood pages (e.g. "wine", "beer", "Sonata",
// "pot", "weed") are deliberately left out.
// ---------------------------------------------------------------------------------------------

const severityScale: SeverityDefinition[] = [
  {
    level: 'contraindicated',
    label: 'Contraindicated',
    meaning:
      'The official label of one of the two medicines rules the pair out: that is called a contraindication. We give this level only when a label names the pair in this way. Whether anyone takes both is for the prescriber to weigh with them.',
  },
  {
    level: 'serious',
    label: 'Serious',
    meaning:
      'The pair can do serious harm. Examples are very deep sleep, slow breathing, coma, sudden confusion, or seizures that change. Many people still need both; the prescriber then picks the doses and watches closely. We give this level when a boxed warning or an FDA safety notice covers the pair, when the drug references Drugs.com or Micromedex rate it major or “not recommended”, or when the label or drug references describe such harm.',
  },
  {
    level: 'moderate',
    label: 'Moderate',
    meaning:
      'The pair can make effects stronger or weaker. For example, you may get sleepier, or the clonazepam level may rise or fall. Sources ask for care and watching. We give this level when Drugs.com rates the pair moderate, or when a label or reference expects such a change without describing serious harm. Micromedex puts many sedating medicines in its middle tier, “usually not recommended, but may be required”; each entry says where, but that tier alone does not set our level.',
  },
  {
    level: 'minor',
    label: 'Minor',
    meaning:
      'A small change was measured. It seldom matters, but the prescriber or pharmacist should still know about it. Pairs the sources found to have no real effect are not listed.',
  },
];

const interactions: Interaction[] = [
  {
    id: 'opioids',
    name: 'Opioids (pain and cough medicines, and heroin)',
    members: [
      {
        generic: 'oxycodone',
        brands: ['OxyContin', 'Percocet', 'Roxicet'],
        sources: ['medx-brands', 'medlineplus-copy'],
      },
      { generic: 'hydrocodone', brands: ['Vicodin', 'Norco'], sources: ['medx-brands', 'medlineplus-copy'] },
      {
        generic: 'hydromorphone',
        brands: ['Dilaudid', 'Exalgo'],
        sources: ['medlineplus-copy', 'fda-flush-list-older'],
      },
      { generic: 'meperidine', brands: ['Demerol'], sources: ['medlineplus-copy'] },
      { generic: 'morphine', brands: ['Kadian'], sources: ['medlineplus-copy'] },
      { generic: 'fentanyl', brands: ['Actiq', 'Duragesic', 'Subsys'], sources: ['medlineplus-copy'] },
      { generic: 'codeine', brands: ['Tuzistra XR'], sources: ['medlineplus-copy'] },
      { generic: 'tramadol', brands: ['Ultram', 'Conzip', 'Ultracet'], sources: ['medx-brands', 'medlineplus-copy'] },
      { generic: 'tapentadol', brands: ['Nucynta'], sources: ['dailymed-nucynta'] },
      { generic: 'heroin', brands: [], sources: ['fda-2017-opioid-addiction-medicines'] },
    ],
    severity: 'serious',
    effect:
      'Together they can make you very sleepy, slow your breathing, and cause coma and death. This is the first part of the boxed warning.',
    advice:
      'The boxed warning has prescribers combine them only when other treatments are not good enough, at the lowest doses for the shortest time, while watching breathing and alertness. Watch for slow or shallow breathing and for someone who is very hard to wake: that needs emergency help now. Tell the prescriber and pharmacist about every opioid, including cough medicines.',
    tooltipLine: 'together they can slow breathing dangerously and can kill',
    sources: ['label-boxed-warning', 'fda-2016-opioids'],
  },
  {
    id: 'opioid-addiction-medicines',
    name: 'Methadone and buprenorphine (opioids also used to treat opioid addiction)',
    members: [
      {
        generic: 'methadone',
        brands: ['Dolophine', 'Methadose'],
        sources: ['dailymed-methadose', 'fda-flush-list-older'],
      },
      {
        generic: 'buprenorphine',
        brands: ['Suboxone', 'Subutex', 'Zubsolv', 'Sublocade', 'Belbuca', 'Butrans'],
        sources: ['fda-flush-list', 'dailymed-sublocade'],
      },
    ],
    severity: 'serious',
    effect:
      'These are opioids too. Together with clonazepam they can cause extreme sleepiness, slowed breathing, coma and death.',
    advice:
      'In 2017 the FDA said these medicines should not be withheld from people who also take a benzodiazepine, because opioid addiction that is not treated can be more harmful than the pair; the prescriber manages the pair with care. Keep taking them as prescribed, and do not stop either on your own: talk to the prescriber first. Tell every doctor, dentist and pharmacist that you are in treatment before any new medicine. Watch for slow or shallow breathing and for someone who is very hard to wake: that needs emergency help now.',
    tooltipLine:
      'together they can slow breathing. Keep taking both as prescribed, and do not stop either on your own: the prescriber manages the pair',
    sources: ['fda-2017-opioid-addiction-medicines', 'label-boxed-warning', 'fda-2019-gabapentinoids'],
  },
  {
    id: 'alcohol',
    name: 'Alcohol',
    members: [{ generic: 'alcohol', brands: [], aliases: ['ethanol'] }],
    severity: 'serious',
    effect:
      'Alcohol makes you sleepier. Alcohol adds to clonazepam’s sedation. Together they can cause sleep so deep that waking is hard, severe breathing problems and death.',
    advice:
      'The NHS advises no alcohol while taking clonazepam. The US label says alcohol may strengthen its effect on the brain. Drugs.com rates being drunk (acute alcohol intoxication) as a major concern, and Micromedex rates the pair “usually not recommended, but may be unavoidable”. Watch for heavy sleepiness and for slow or shallow breathing; someone who is very hard to wake, or breathing that slows, needs emergency help now. Talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'alcohol adds to the sleepiness and can slow breathing dangerously',
    sources: ['label-interactions', 'nhs-about', 'drugs-com-disease', 'mayo-clonazepam', 'fda-2019-gabapentinoids'],
  },
  {
    id: 'benzodiazepines',
    name: 'Other benzodiazepines',
    members: [
      { generic: 'alprazolam', brands: ['Xanax'], sources: ['dea-drugs-of-abuse'] },
      { generic: 'lorazepam', brands: ['Ativan'], sources: ['dea-drugs-of-abuse'] },
      {
        generic: 'diazepam',
        brands: ['Valium', 'Valtoco', 'Diastat'],
        sources: ['dea-drugs-of-abuse', 'dailymed-valtoco', 'fda-flush-list-older'],
      },
      { generic: 'midazolam', brands: ['Nayzilam'], sources: ['dailymed-nayzilam'] },
      { generic: 'temazepam', brands: ['Restoril'], sources: ['dea-drugs-of-abuse'] },
      { generic: 'chlordiazepoxide', brands: ['Librium'], sources: ['dea-drugs-of-abuse'] },
      { generic: 'triazolam', brands: ['Halcion'], sources: ['dea-drugs-of-abuse'] },
      { generic: 'clobazam', brands: [], sources: ['mayo-clonazepam'] },
      { generic: 'bromazepam', brands: [], sources: ['mayo-clonazepam'] },
      { generic: 'clorazepate', brands: [], sources: ['mayo-clonazepam'] },
    ],
    severity: 'serious',
    effect:
      'Their calming effects add up: you can get much sleepier, and breathing can slow. The nasal sprays and rectal gel kept for seizure emergencies (Valtoco, Nayzilam, Diastat) are benzodiazepines too, and their labels carry the same class boxed warning.',
    advice:
      'The US label expects anti-anxiety medicines to strengthen clonazepam’s effect; it gives no dose rule. UK and EU product information has the prescriber adjust the dose of each medicine that acts on the brain. Micromedex rates alprazolam, chlordiazepoxide and clobazam with clonazepam “usually not recommended, but may be required”. Watch for heavy sleepiness and for slow or shallow breathing; someone who is very hard to wake, or breathing that slows, needs emergency help now. Talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'together they make you much sleepier and can slow breathing',
    sources: ['label-interactions', 'uk-product-information', 'mayo-clonazepam', 'fda-2019-gabapentinoids'],
  },
  {
    id: 'z-drugs',
    name: 'Sleep medicines (Z-drugs)',
    members: [
      { generic: 'zolpidem', brands: ['Ambien'], sources: ['nida-chart'] },
      { generic: 'eszopiclone', brands: ['Lunesta'], sources: ['nida-chart'] },
      { generic: 'zaleplon', brands: [] },
    ],
    severity: 'serious',
    effect: 'Together they make you sleepier.',
    advice:
      'The label lists sleep medicines that are not barbiturates among the drugs that strengthen clonazepam’s effect. Watch for heavy sleepiness and slow breathing, and talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'together they make you sleepier',
    sources: ['label-interactions'],
  },
  {
    id: 'barbiturates',
    name: 'Barbiturates',
    members: [
      { generic: 'phenobarbital', brands: [] },
      { generic: 'amobarbital', brands: [] },
      { generic: 'butalbital', brands: [], sources: ['mayo-clonazepam'] },
      { generic: 'butabarbital', brands: [], sources: ['mayo-clonazepam'] },
    ],
    severity: 'serious',
    effect:
      'Together they make you sleepier. Amobarbital with clonazepam has caused serious slowing of breathing. Phenobarbital also speeds up the breakdown of clonazepam: in the label it lowered clonazepam levels by about 30%.',
    advice:
      'Sources describe the prescriber watching closely and adjusting doses. Micromedex rates amobarbital, butabarbital and butalbital with clonazepam “usually not recommended, but may be required”. Slow or shallow breathing, or someone who is very hard to wake, needs emergency help now. Talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'together they make you sleepier, and phenobarbital also lowers clonazepam levels',
    sources: ['label-interactions', 'wikipedia', 'mayo-clonazepam', 'fda-2019-gabapentinoids'],
  },
  {
    id: 'sedating-antihistamines',
    name: 'Sedating antihistamines',
    members: [
      { generic: 'diphenhydramine', brands: [], sources: ['merck-antihistamines'] },
      { generic: 'doxylamine', brands: [], sources: ['merck-antihistamines'] },
      { generic: 'chlorpheniramine', brands: [], sources: ['merck-antihistamines'] },
      { generic: 'brompheniramine', brands: [], sources: ['merck-antihistamines'] },
      { generic: 'dimenhydrinate', brands: [], sources: ['merck-antihistamines'] },
      { generic: 'pyrilamine', brands: [], sources: ['merck-antihistamines'] },
      { generic: 'triprolidine', brands: [], sources: ['merck-antihistamines'] },
      { generic: 'carbinoxamine', brands: [], sources: ['mayo-clonazepam'] },
      { generic: 'cyproheptadine', brands: [], sources: ['mayo-clonazepam'] },
    ],
    severity: 'moderate',
    effect:
      'More drowsiness. Many allergy, cold and sleep products sold without a prescription contain these antihistamines. Mayo Clinic says clonazepam strengthens the effects of antihistamines and of allergy and cold medicines.',
    advice:
      'The MS Trust and the New Zealand Formulary say to check with a doctor or pharmacist before taking both. The FDA counts antihistamines among the medicines that slow the brain. Micromedex rates carbinoxamine and cyproheptadine with clonazepam “usually not recommended, but may be required”.',
    tooltipLine: 'together they can cause more drowsiness',
    sources: ['ms-trust', 'nz-formulary', 'fda-2019-gabapentinoids', 'merck-antihistamines', 'mayo-clonazepam'],
  },
  {
    id: 'gabapentinoids',
    name: 'Gabapentinoids (nerve-pain and seizure medicines)',
    members: [
      { generic: 'gabapentin', brands: ['Neurontin', 'Gralise', 'Horizant'] },
      { generic: 'pregabalin', brands: ['Lyrica'] },
    ],
    severity: 'serious',
    effect:
      'Together they can cause serious trouble breathing. The FDA warned in 2019 of serious breathing problems when these are combined with other medicines that slow the brain, including anti-anxiety medicines. Older adults and people with lung disease are at higher risk.',
    advice:
      'The FDA tells prescribers to start the gabapentinoid at a low dose and to watch for slowed breathing. Slow, shallow or difficult breathing, or someone who cannot be woken, needs emergency help now. Talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'together they can cause serious trouble breathing',
    sources: ['fda-2019-gabapentinoids'],
  },
  {
    id: 'muscle-relaxants',
    name: 'Muscle relaxants',
    members: [
      { generic: 'baclofen', brands: [], sources: ['mayo-clonazepam'] },
      { generic: 'carisoprodol', brands: [], sources: ['mayo-clonazepam', 'drugs-com-muscle-relaxants'] },
      { generic: 'cyclobenzaprine', brands: ['Flexeril'], sources: ['mayo-clonazepam', 'healthwise-muscle-relaxants'] },
      { generic: 'chlorzoxazone', brands: [], sources: ['mayo-clonazepam', 'drugs-com-muscle-relaxants'] },
      { generic: 'methocarbamol', brands: ['Robaxin'], sources: ['drugs-com-muscle-relaxants'] },
      { generic: 'metaxalone', brands: ['Skelaxin'], sources: ['drugs-com-muscle-relaxants'] },
    ],
    severity: 'serious',
    effect: 'Sedation adds up, and breathing can slow.',
    advice:
      'UK and EU product information warns about the combination and has the prescriber adjust doses. Micromedex rates baclofen, carisoprodol, chlorzoxazone and cyclobenzaprine with clonazepam “usually not recommended, but may be required”. Watch for heavy sleepiness and for slow or shallow breathing; someone who is very hard to wake, or breathing that slows, needs emergency help now. Talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'together they add to sedation and can slow breathing',
    sources: ['uk-product-information', 'ms-trust', 'mayo-clonazepam', 'fda-2019-gabapentinoids'],
  },
  {
    id: 'antipsychotics',
    name: 'Antipsychotics',
    members: [
      { generic: 'chlorpromazine', brands: [] },
      { generic: 'haloperidol', brands: [] },
      { generic: 'clozapine', brands: [] },
      { generic: 'aripiprazole', brands: [], sources: ['mayo-clonazepam'] },
      { generic: 'asenapine', brands: [], sources: ['mayo-clonazepam'] },
    ],
    severity: 'serious',
    effect:
      'Together they can make you sleepier. The label lists phenothiazines (such as chlorpromazine), thioxanthenes and butyrophenones (such as haloperidol) as adding to clonazepam’s sedation. Delirium, a sudden severe confusion, has been reported with clozapine.',
    advice:
      'Micromedex rates aripiprazole, asenapine, chlorpromazine and clozapine with clonazepam “usually not recommended, but may be required”. Sources describe the prescriber watching closely. Sudden confusion needs a prompt call to the prescriber. Talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'together they make you sleepier; sudden severe confusion has been seen with clozapine',
    sources: ['label-interactions', 'pharmamedix', 'mayo-clonazepam'],
  },
  {
    id: 'maois',
    name: 'MAO inhibitors (MAOIs, an older type of antidepressant)',
    members: [
      { generic: 'MAO inhibitor', brands: [], aliases: ['MAOI', 'monoamine oxidase inhibitor'] },
      { generic: 'isocarboxazid', brands: ['Marplan'], sources: ['rxlist-antidepressants'] },
      { generic: 'phenelzine', brands: ['Nardil'], sources: ['rxlist-antidepressants'] },
      { generic: 'tranylcypromine', brands: ['Parnate'], sources: ['rxlist-antidepressants'] },
    ],
    severity: 'serious',
    effect:
      'Together they can make you sleepier. The label lists monoamine oxidase inhibitors among the medicines that can add to clonazepam’s slowing of the brain. Micromedex rates isocarboxazid with clonazepam “not recommended”, its highest tier.',
    advice:
      'Sources describe the prescriber watching for extra sedation. Talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'together they can add to sedation',
    sources: ['label-interactions', 'mayo-clonazepam', 'rxlist-antidepressants'],
  },
  {
    id: 'tricyclics',
    name: 'Tricyclic antidepressants (an older type of antidepressant)',
    members: [
      { generic: 'tricyclic antidepressant', brands: [] },
      { generic: 'amitriptyline', brands: ['Elavil'], sources: ['rxlist-antidepressants'] },
      { generic: 'nortriptyline', brands: ['Pamelor'], sources: ['rxlist-antidepressants'] },
      { generic: 'imipramine', brands: ['Tofranil'], sources: ['rxlist-antidepressants'] },
      { generic: 'desipramine', brands: ['Norpramin'], sources: ['rxlist-antidepressants'] },
      { generic: 'doxepin', brands: ['Sinequan'], sources: ['rxlist-antidepressants'] },
      { generic: 'clomipramine', brands: ['Anafranil'], sources: ['rxlist-antidepressants'] },
    ],
    severity: 'moderate',
    effect:
      'Together they can make you sleepier. The label lists tricyclic antidepressants among the medicines that can add to clonazepam’s slowing of the brain. Micromedex rates clomipramine with clonazepam “usually not recommended, but may be required”, and desipramine in its lowest tier.',
    advice:
      'Sources describe the prescriber watching for extra sedation. Talk to the prescriber or pharmacist about taking both.',
    tooltipLine: 'together they can add to sedation',
    sources: ['label-interactions', 'mayo-clonazepam', 'rxlist-antidepressants'],
  },
  {
    id: 'cyp3a-inducers',
    name: 'Medicines that speed up its breakdown (CYP3A inducers)',
    members: [
      { generic: 'phenytoin', brands: [] },
      { generic: 'fosphenytoin', brands: [] },
      { generic: 'carbamazepine', brands: [] },
      {
        generic: 'St John’s wort',
        brands: [],
        aliases: ['St. John’s wort'],
        sources: ['uk-product-information', 'mayo-clonazepam'],
      },
      { generic: 'rifapentine', brands: [], sources: ['mayo-clonazepam'] },
    ],
    severity: 'moderate',
    effect:
      'These can lower the amount of clonazepam in the blood, so it may work less well. In the label, phenytoin, carbamazepine and phenobarbital lowered clonazepam levels by about 30%. Lower levels can mean less control of seizures or panic. The sources disagree about phenytoin levels: Drugs.com says they can shift, while the US label says clonazepam does not seem to change them.',
    advice:
      'Sources describe watching how well clonazepam works, because the prescriber may need to change its dose; Drugs.com also asks for phenytoin levels to be checked. Seizures that get worse or come more often need a prompt call to the prescriber.',
    tooltipLine: 'they can lower clonazepam levels, so it may work less well',
    sources: ['label-interactions', 'drugs-com-fosphenytoin', 'uk-product-information', 'mayo-clonazepam'],
  },
  {
    id: 'cyp3a-inhibitors',
    name: 'Medicines that slow its breakdown (CYP3A inhibitors)',
    members: [
      { generic: 'fluconazole', brands: [] },
      { generic: 'voriconazole', brands: [] },
      { generic: 'miconazole', brands: ['Daktarin'], sources: ['nz-formulary'] },
      { generic: 'ritonavir', brands: ['Norvir', 'Paxlovid'], sources: ['norvir-label-copy', 'paxlovid-hcp'] },
      { generic: 'darunavir', brands: [] },
      { generic: 'elvitegravir', brands: [] },
      { generic: 'cobicistat', brands: [] },
      { generic: 'lenacapavir', brands: [] },
      { generic: 'amprenavir', brands: [] },
      { generic: 'erythromycin', brands: [] },
      { generic: 'amiodarone', brands: [] },
      { generic: 'disulfiram', brands: [] },
      { generic: 'oral contraceptive', brands: [], aliases: ['birth control pill'] },
    ],
    severity: 'moderate',
    effect:
      'These may raise the amount of clonazepam in the blood. That is expected to make its effects stronger, such as sedation and slowed breathing. The label bases this on the enzyme CYP3A taking part in clonazepam’s breakdown, and says it has not been tested in clinical studies. The label names azole antifungals taken by mouth, and the New Zealand Formulary names miconazole mouth gel. The HIV medicines come from AIDSETC, an HIV drug-interaction database; the Norvir label, read in a copy, says ritonavir may raise clonazepam levels, and Paxlovid contains ritonavir. The others come from Pharmamedix, an Italian drug reference.',
    advice:
      'The label says to use azole antifungals with caution. AIDSETC advises the prescriber to monitor, use the lowest dose, or choose a different benzodiazepine, and the Norvir label says a lower clonazepam dose may be needed. Drugs.com rates voriconazole moderate. Micromedex puts ritonavir and amiodarone in its lowest tier.',
    tooltipLine: 'they may raise clonazepam levels and make you sleepier',
    sources: [
      'label-interactions',
      'drugs-com-voriconazole',
      'aidsetc',
      'pharmamedix',
      'nz-formulary',
      'norvir-label-copy',
      'paxlovid-hcp',
      'mayo-clonazepam',
    ],
  },
  {
    id: 'valproate',
    name: 'Valproate',
    members: [{ generic: 'valproate', brands: [], aliases: ['valproic acid', 'divalproex'] }],
    severity: 'serious',
    effect: 'The combination may cause absence status: absence seizures that go on and on.',
    advice:
      'Sources describe the prescriber watching the seizure pattern closely. Seizures that get worse or come more often need a prompt call to the prescriber.',
    tooltipLine: 'together they may set off absence seizures that last a long time',
    sources: ['label-precautions'],
  },
  {
    id: 'other-anticonvulsants',
    name: 'Other seizure medicines (anticonvulsants)',
    members: [
      { generic: 'topiramate', brands: ['Topamax'], sources: ['epilepsy-foundation-medicines'] },
      {
        generic: 'ethosuximide',
        brands: ['Zarontin'],
        sources: ['epilepsy-foundation-medicines', 'merck-seizure-medicines'],
      },
      { generic: 'levetiracetam', brands: ['Keppra'], sources: ['epilepsy-foundation-medicines'] },
      { generic: 'lacosamide', brands: ['Vimpat'], sources: ['epilepsy-foundation-medicines'] },
      { generic: 'lamotrigine', brands: [], sources: ['epilepsy-foundation-medicines'] },
      { generic: 'oxcarbazepine', brands: [], sources: ['epilepsy-foundation-medicines'] },
      { generic: 'zonisamide', brands: [], sources: ['epilepsy-foundation-medicines'] },
    ],
    severity: 'moderate',
    effect:
      'Together they can make you sleepier. The US label says other seizure medicines may add to the brain-slowing effect of benzodiazepines. UK and EU product information says sleepiness, apathy and toxic effects may show more, above all with phenytoin and phenobarbital (which have their own entries). For lamotrigine, one small 1996 study, reported only by an Italian drug reference, found lower clonazepam levels; the US label does not mention it.',
    advice:
      'Sources describe the prescriber watching closely, and UK and EU product information has the prescriber adjust each medicine’s dose. Stopping a seizure medicine suddenly can bring on seizures: do not stop any of them on your own, and talk to the prescriber first.',
    tooltipLine: 'together they can add to sleepiness',
    sources: ['label-interactions', 'uk-product-information', 'pharmamedix', 'label-precautions'],
  },
  {
    id: 'sodium-oxybate',
    name: 'Sodium oxybate (Xyrem, Xywav, Lumryz)',
    members: [
      {
        generic: 'sodium oxybate',
        brands: ['Xyrem', 'Lumryz'],
        aliases: ['GHB'],
        sources: ['xyrem-label', 'lumryz-label'],
      },
      { generic: 'calcium oxybate', brands: ['Xywav'], sources: ['mayo-clonazepam'] },
    ],
    severity: 'serious',
    effect:
      'Together they can slow breathing dangerously. Xyrem, Xywav and Lumryz are oxybate medicines (oxybate is also known as GHB). Like clonazepam, they slow the brain; the Xyrem and Lumryz labels carry a boxed warning about this. In 2012 the FDA warned that benzodiazepines and other medicines that slow the brain can, with Xyrem, slow breathing, cause loss of consciousness or coma, and kill, and it advised against such use in general. The Xyrem and Lumryz labels list sedative sleep medicines and alcohol as contraindications; no source we found says this covers clonazepam. Micromedex rates the pair “usually not recommended, but may be required”.',
    advice:
      'Whether both are used is the prescriber’s decision; if they are, the Xyrem label asks the prescriber to consider lower doses. Do not stop clonazepam on your own: stopping it suddenly can cause dangerous withdrawal. Talk to the prescriber about any change. Watch for heavy sleepiness and for slow or shallow breathing; someone who is very hard to wake, or breathing that slows, needs emergency help now.',
    tooltipLine: 'together they can slow breathing dangerously. The prescriber decides if both are used',
    sources: ['fda-2012-xyrem', 'xyrem-label', 'lumryz-label', 'mayo-clonazepam', 'fda-2019-gabapentinoids'],
  },
  {
    id: 'cannabis',
    name: 'Cannabis',
    members: [{ generic: 'cannabis', brands: [], aliases: ['marijuana', 'THC'] }],
    severity: 'moderate',
    effect:
      'It may make you sleepier. Mayo Clinic says cannabis may add to the drowsiness from benzodiazepines and can affect the liver enzymes that break down drugs. Micromedex rates cannabis with clonazepam “usually not recommended, but may be required”.',
    advice:
      'Mayo Clinic advises caution and not driving. Tell the prescriber or pharmacist about cannabis use. Watch for extra drowsiness.',
    tooltipLine: 'it may add to drowsiness',
    sources: ['mayo-cannabis', 'mayo-clonazepam'],
  },
  {
    id: 'kava',
    name: 'Kava',
    members: [{ generic: 'kava', brands: [], aliases: ['kava kava', 'Piper methysticum'] }],
    severity: 'moderate',
    effect:
      'With kava, too much sleepiness has been reported. Kava may strengthen the effects of benzodiazepines; too much sedation has been reported. Only one consumer source, A.D.A.M., describes this.',
    advice:
      'The A.D.A.M. page says the two need medical supervision. Tell the prescriber or pharmacist before using kava.',
    tooltipLine: 'it may strengthen sedation',
    sources: ['adam-kava'],
  },
  {
    id: 'propantheline',
    name: 'Propantheline',
    members: [{ generic: 'propantheline', brands: [] }],
    severity: 'minor',
    effect:
      'It lowers clonazepam levels a little. With the 2 mg orally disintegrating tablet, total clonazepam exposure fell by 10% and the peak level by 20%.',
    advice: 'The label gives no specific advice; mention it to the prescriber or pharmacist.',
    tooltipLine: 'it lowers clonazepam levels a little',
    sources: ['label-odt-interactions'],
  },
];
// ---------------------------------------------------------------------------------------------
// Tooltip summary, urgent signs and help lines. The summary is kept at or below a US grade-7
// reading level (checked by test/unit/drugs-readability.test.ts).
// ---------------------------------------------------------------------------------------------

const summary: TooltipSummary = {
  whatItIs: {
    text: 'A benzodiazepine medicine that slows down the brain',
    sources: ['fda-label', 'statpearls'],
  },
  treats: { text: 'Some seizure disorders, and panic disorder in adults.', sources: ['label-indications'] },
  warnings: [
    {
      text: 'Taken with opioids, it can slow breathing and cause death. It can also lead to misuse and addiction.',
      sources: ['label-boxed-warning'],
    },
    {
      text: 'Stopping it fast can bring on withdrawal that can be dangerous, even seizures. Talk to your prescriber before any change.',
      sources: ['label-boxed-warning', 'label-abuse-dependence', 'label-precautions'],
    },
    {
      text: 'It often makes people sleepy and unsteady. Alcohol makes this worse and can slow breathing.',
      sources: ['label-adverse-reactions', 'nhs-about'],
    },
  ],
};

const urgentSigns: UrgentSign[] = [
  { text: 'Slow or shallow breathing', sources: ['fda-2019-gabapentinoids', 'label-boxed-warning'] },
  { text: 'Someone who cannot be woken', sources: ['fda-2019-gabapentinoids'] },
  { text: 'Bluish lips or fingertips', sources: ['fda-2019-gabapentinoids'] },
  { text: 'Thoughts of suicide or self-harm', sources: ['label-warnings'] },
  { text: 'A seizure after stopping or cutting down', sources: ['label-precautions', 'label-abuse-dependence'] },
];

const emergencyHelp: DrugData['emergencyHelp'] = [
  { label: 'emergency services', number: '911', region: 'US', where: ['US'], sources: ['fcc-911'] },
  {
    label: '988 Suicide and Crisis Lifeline, call or text',
    number: '988',
    region: 'US',
    where: ['US'],
    sources: ['poison-center'],
  },
  { label: 'Poison Help', number: '1-800-222-1222', region: 'US', where: ['US'], sources: ['poison-center'] },
  {
    label: 'emergency services',
    number: '999, or go to A&E',
    region: 'UK',
    where: ['GB'],
    sources: ['mhf-suicidal-thoughts'],
  },
  {
    label:
      'NHS 111, for urgent help when life is not at risk, including a mental health crisis (pick the mental health option)',
    number: '111',
    region: 'England',
    where: ['GB'],
    sources: ['shsc-nhs-111'],
  },
  {
    label: 'Samaritans, someone to listen at any hour',
    number: '116 123',
    region: 'UK',
    where: ['GB'],
    sources: ['mhf-suicidal-thoughts'],
  },
  { label: 'emergency services', number: '911', region: 'Canada', where: ['CA'], sources: ['mindyourmind-crisis'] },
  {
    label: 'suicide crisis helpline, call or text, in English or French',
    number: '9-8-8',
    region: 'Canada',
    where: ['CA'],
    sources: ['canada-988'],
  },
  { label: 'emergency services', number: '112', region: 'EU', where: ['EU'], sources: ['ec-112'] },
  {
    label: 'emergency services',
    number: 'your local emergency number',
    region: 'outside the US',
    where: ['other'],
    sources: ['fcc-911'],
  },
];

export const clonazepam: DrugData = {
  id: 'clonazepam',
  displayName: 'Clonazepam',
  names: clonazepamNames,
  drugClass: { text: 'Benzodiazepine (used against seizures and panic)', sources: ['fda-label', 'statpearls'] },
  schedule: {
    text: 'Schedule IV controlled substance (US): the law controls how it is prescribed and sold',
    sources: ['label-klonopin-current'],
  },
  summary,
  sections: [
    whatItIs,
    uses,
    howItWorks,
    benefits,
    sideEffects,
    boxedWarning,
    dependence,
    withdrawal,
    dosage,
    interactionsSection,
    cautions,
    overdose,
    debate,
  ],
  interactions,
  severityScale,
  urgentSigns,
  emergencyHelp,
  disclaimer:
    'This is general information from the sources listed. It is not medical advice, and it does not replace your prescriber or pharmacist. Do not start, stop or change any medicine or dose on your own. Talk to your prescriber or pharmacist first.',
  sources,
  lastReviewed: '2026-12-03',
};
