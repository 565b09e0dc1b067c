import type { DemoContext } from './demoContext.ts';

export interface DemoOrganisations {
  clients: string[];
  prospects: string[];
  authorities: string[];
  suppliers: string[];
  bailiffs: string[];
  courts: string[];
  creditBureau: string;
  government: string;
  addressService: string;
  printer: string;
  /** Collection agencies abroad by country: DE is in the EEA, TR and MA are not (transfer safeguards). */
  foreignAgencies: Record<'DE' | 'TR' | 'MA', string>;
}

type OrgKind =
  | 'client'
  | 'prospect'
  | 'authority'
  | 'supplier'
  | 'bailiff'
  | 'foreign-agency'
  | 'credit-bureau'
  | 'address-service'
  | 'court'
  | 'printer';

/** A fixed, made-up set of organisations; every name is fictitious. */
export function addOrganisations(ctx: DemoContext): DemoOrganisations {
  const add = (name: string, kind: OrgKind, city: string, country = 'NL'): string => {
    const id = ctx.nextId('ORG', 4);
    const kvk = country === 'NL' ? ctx.random.digits(8) : null;
    const postcode = country === 'NL' ? `${ctx.random.int(1011, 9999)} ${ctx.random.pick(['AB', 'CD', 'EK', 'GT', 'LP', 'RZ'])}` : null;
    ctx.sink.add('organisations', [
      id,
      name,
      kind,
      kvk,
      country,
      `${ctx.random.pick(['Hoofdweg', 'Stationsplein', 'Industrieweg', 'Kanaalkade'])} ${ctx.random.int(1, 200)}`,
      postcode,
      city,
      `info@${id.toLowerCase()}.example.nl`,
      `+3120${ctx.random.digits(7)}`,
      'client',
    ]);
    return id;
  };
  const clients = [
    ['Energie Noord B.V.', 'Groningen'],
    ['TelcoNet Nederland B.V.', 'Amsterdam'],
    ['Zorgverzekeraar Delta U.A.', 'Utrecht'],
    ['WebWinkel Oranje B.V.', 'Eindhoven'],
    ['Woonstichting Het Anker', 'Rotterdam'],
    ['Sportclub Fit & Vrij B.V.', 'Tilburg'],
    ['Autolease Randstad B.V.', "'s-Gravenhage"],
    ['Waterbedrijf Midden', 'Arnhem'],
    ['Postorderbedrijf De Klok B.V.', 'Zwolle'],
    ['Tandartspraktijk Zuid', 'Maastricht'],
    ['Studiefinanciering Plus B.V.', 'Leiden'],
    ['Verhuurmakelaar Kade B.V.', 'Haarlem'],
  ] as const;
  return {
    clients: clients.map(([name, city]) => add(name, 'client', city)),
    prospects: [add('Fietsenfabriek Oost B.V.', 'prospect', 'Enschede'), add('Kinderopvang Zonnestraal', 'prospect', 'Almere')],
    authorities: [
      add('Gemeente Rivierstad (sociaal domein)', 'authority', 'Nijmegen'),
      add('Dienst Beslagregister (fictief)', 'authority', "'s-Gravenhage"),
    ],
    suppliers: [add('IT Beheer Polder B.V.', 'supplier', 'Utrecht'), add('Adviesbureau Kompas', 'supplier', 'Breda')],
    bailiffs: [
      add('Gerechtsdeurwaarders Van Houten & De Ruiter', 'bailiff', 'Rotterdam'),
      add('Deurwaarderskantoor Noordkaap', 'bailiff', 'Leeuwarden'),
    ],
    courts: [add('Rechtbank Midden-Holland (fictief)', 'court', 'Utrecht'), add('Rechtbank Zuid-Oost (fictief)', 'court', 'Den Bosch')],
    creditBureau: add('Kredietinformatie Nederland B.V. (fictief)', 'credit-bureau', 'Amsterdam'),
    government: add('Basisregistratie Personen (fictieve koppeling)', 'authority', "'s-Gravenhage"),
    addressService: add('AdresActueel B.V.', 'address-service', 'Utrecht'),
    printer: add('Drukkerij & Postverwerking Delta B.V.', 'printer', 'Tilburg'),
    foreignAgencies: {
      DE: add('Inkasso Rhein-Ruhr GmbH', 'foreign-agency', 'Düsseldorf', 'DE'),
      TR: add('Anadolu Tahsilat A.Ş.', 'foreign-agency', 'İstanbul', 'TR'),
      MA: add('Recouvrement Atlas SARL', 'foreign-agency', 'Casablanca', 'MA'),
    },
  };
}
