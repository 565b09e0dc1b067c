/**
 * Synthetic name material for the demo database. Every combination is made up; the lists only give
 * the data the shape of a Dutch case file: particles (van, de, van der, ter), diacritics and names
 * from the communities a Dutch agency writes to.
 */

export const givenNamesFemale = [
  'Anna', 'Emma', 'Sophie', 'Julia', 'Lotte', 'Sanne', 'Fleur', 'Eva', 'Lisa', 'Noor', 'Iris', 'Femke',
  'Marloes', 'Ingrid', 'Wilma', 'Johanna', 'Maria', 'Petra', 'Anouk', 'Marieke', 'Esther', 'Yvonne',
  'Hanneke', 'Saskia', 'Linda', 'Monique', 'Karin', 'Ilse', 'Renée', 'Zoë', 'Chloë', 'Inès', 'Fatma',
  'Aylin', 'Samira', 'Nadia', 'Agnieszka', 'Małgorzata', 'Elif', 'Priya', 'Daniëlle', 'Mirjam',
] as const;

export const givenNamesMale = [
  'Jan', 'Pieter', 'Kees', 'Willem', 'Hendrik', 'Johannes', 'Cornelis', 'Gerrit', 'Dirk', 'Bram', 'Daan',
  'Sem', 'Lucas', 'Thijs', 'Ruben', 'Joost', 'Maarten', 'Sjoerd', 'Wouter', 'Bas', 'Niels', 'Erik',
  'Mark', 'Jeroen', 'Frank', 'René', 'Joël', 'Noël', 'Mohammed', 'Youssef', 'Mehmet', 'Emre', 'Ahmet',
  'Łukasz', 'Paweł', 'Tomasz', 'Rajesh', 'Stefan', 'Jürgen', 'Ömer', 'Teun', 'Gijs',
] as const;

/** [particle, surname]; an empty particle is the common case. */
export const surnames: readonly (readonly [string, string])[] = [
  ['de', 'Jong'], ['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], ['', 'Bakker'],
  ['', 'Janssen'], ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'],
  ['de', 'Groot'], ['', 'Bos'], ['', 'Vos'], ['', 'Peters'], ['', 'Hendriks'], ['van', 'Leeuwen'],
  ['', 'Dekker'], ['', 'Brouwer'], ['de', 'Wit'], ['', 'Dijkstra'], ['', 'Smits'], ['de', 'Graaf'],
  ['van der', 'Meer'], ['van der', 'Linden'], ['', 'Kok'], ['', 'Jacobs'], ['de', 'Haan'], ['', 'Vermeulen'],
  ['van den', 'Heuvel'], ['van der', 'Veen'], ['van den', 'Broek'], ['de', 'Bruijn'], ['de', 'Bruin'],
  ['van der', 'Heijden'], ['', 'Schouten'], ['van', 'Beek'], ['', 'Willems'], ['van', 'Vliet'],
  ['van de', 'Ven'], ['', 'Hoekstra'], ['', 'Maas'], ['', 'Verhoeven'], ['', 'Koster'], ['van', 'Dam'],
  ['van der', 'Wal'], ['', 'Prins'], ['', 'Blom'], ['', 'Huisman'], ['ter', 'Horst'], ['ter', 'Haar'],
  ['te', 'Velde'], ['van', 'Wijk'], ['', 'Postma'], ['', 'Kuipers'], ['', 'Veenstra'], ['van', 'Rijn'],
  ['', 'Müller'], ['', 'Çelik'], ['', 'Yılmaz'], ['', 'Öztürk'], ['', 'Kaya'], ['', 'Şahin'],
  ['', 'Nowak'], ['', 'Kowalski'], ['', 'Wiśniewski'], ['', 'Dąbrowski'], ['', 'El Amrani'],
  ['', 'Bouzid'], ['', 'Benali'], ['', 'Doğan'], ['', 'Schröder'], ['', 'Nguyễn'], ['', 'Sijbrands'],
  ['van', "'t Hof"], ['', 'IJzerman'], ['', 'Geerlings'], ['', 'Baldé'], ['', 'Petrović'],
] as const;

/** City, its province's first postcode digits (two-digit ranges), and some of its streets. */
export const places: readonly { city: string; postcodeFrom: number; postcodeTo: number; streets: readonly string[] }[] = [
  { city: 'Amsterdam', postcodeFrom: 1011, postcodeTo: 1109, streets: ['Damrak', 'Prinsengracht', 'Kinkerstraat', 'Javastraat', 'Van Woustraat', 'Bos en Lommerweg'] },
  { city: 'Rotterdam', postcodeFrom: 3011, postcodeTo: 3089, streets: ['Coolsingel', 'Nieuwe Binnenweg', 'Zwart Janstraat', 'Beijerlandselaan', 'Schiedamseweg'] },
  { city: "'s-Gravenhage", postcodeFrom: 2491, postcodeTo: 2597, streets: ['Laan van Meerdervoort', 'Weimarstraat', 'Fahrenheitstraat', 'Hoefkade'] },
  { city: 'Utrecht', postcodeFrom: 3511, postcodeTo: 3585, streets: ['Oudegracht', 'Amsterdamsestraatweg', 'Biltstraat', 'Kanaalstraat'] },
  { city: 'Eindhoven', postcodeFrom: 5611, postcodeTo: 5658, streets: ['Stratumseind', 'Woenselse Markt', 'Kruisstraat'] },
  { city: 'Groningen', postcodeFrom: 9711, postcodeTo: 9747, streets: ['Herestraat', 'Oosterstraat', 'Paterswoldseweg'] },
  { city: 'Tilburg', postcodeFrom: 5011, postcodeTo: 5049, streets: ['Heuvelstraat', 'Ringbaan-West', 'Korvelseweg'] },
  { city: 'Almere', postcodeFrom: 1311, postcodeTo: 1364, streets: ['Grote Markt', 'Hospitaaldreef', 'Randstad'] },
  { city: 'Breda', postcodeFrom: 4811, postcodeTo: 4839, streets: ['Ginnekenweg', 'Haagweg', 'Boschstraat'] },
  { city: 'Nijmegen', postcodeFrom: 6511, postcodeTo: 6546, streets: ['Molenstraat', 'Graafseweg', 'Sint Annastraat'] },
  { city: 'Enschede', postcodeFrom: 7511, postcodeTo: 7548, streets: ['Haaksbergerstraat', 'Oldenzaalsestraat'] },
  { city: 'Haarlem', postcodeFrom: 2011, postcodeTo: 2037, streets: ['Grote Houtstraat', 'Rijksstraatweg', 'Amsterdamstraat'] },
  { city: 'Arnhem', postcodeFrom: 6811, postcodeTo: 6846, streets: ['Steenstraat', 'Utrechtseweg', 'Klarendalseweg'] },
  { city: 'Zwolle', postcodeFrom: 8011, postcodeTo: 8043, streets: ['Diezerstraat', 'Assendorperstraat'] },
  { city: 'Leeuwarden', postcodeFrom: 8911, postcodeTo: 8939, streets: ['Nieuwestad', 'Schrans', 'Tesselschadestraat'] },
  { city: 'Maastricht', postcodeFrom: 6211, postcodeTo: 6229, streets: ['Wycker Brugstraat', 'Tongersestraat', 'Scharnerweg'] },
  { city: 'Den Bosch', postcodeFrom: 5211, postcodeTo: 5247, streets: ['Hinthamerstraat', 'Vughterweg'] },
  { city: 'Leiden', postcodeFrom: 2311, postcodeTo: 2334, streets: ['Breestraat', 'Haarlemmerstraat', 'Morsweg'] },
] as const;

/** Bank codes of Dutch IBANs (the four letters after the check digits). */
export const bankCodes = ['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'BUNQ', 'KNAB', 'RBRB'] as const;

export const emailDomains = ['example.nl', 'example.com', 'voorbeeld.nl', 'mail.example.org'] as const;
