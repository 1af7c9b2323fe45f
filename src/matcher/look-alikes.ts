/**
 * Spellings a typo must not be read as ours when it is at least as close to one of them (see
 * ./typos.ts). The interaction tables' names are added by the matcher; these are the names of
 * other substances nearest to the bundled names, and ordinary words within one edit of a name.
 * Not shown to users: only a guard for matching.
 */
export const LOOK_ALIKES: readonly string[] = [
  // Tall Man look-alike sets (ISMP) and the designer benzodiazepine the fact sheet names
  'clonidine',
  'clonidin',
  'klonidin',
  'klonidine',
  'catapres',
  'kapvay',
  'lorazepam',
  'ativan',
  'clonazolam',
  // Other benzodiazepines and relatives, one or two letters from clonazepam's names
  'clobazam',
  'onfi',
  'frisium',
  'clorazepate',
  'clorazepat',
  'tranxene',
  'clozapine',
  'clozapin',
  'clozaril',
  'oxazepam',
  'temazepam',
  'diazepam',
  'nitrazepam',
  'bromazepam',
  'flurazepam',
  'flunitrazepam',
  'lormetazepam',
  'loprazolam',
  'cloxazolam',
  'clotiazepam',
  'prazepam',
  'medazepam',
  'nordazepam',
  'halazepam',
  'pinazepam',
  'camazepam',
  'ketazepam',
  'delorazepam',
  'cinolazepam',
  'clonitazene',
  'clomipramine',
  'clonixin',
  // Other drugs' brands one edit from a listed brand
  'epitol',
  // Ordinary words one edit from a listed name
  'epileptic',
  'epileptics',
  'landen',
  'landsmen',
];
