import type { PartnerCityKey } from '../src/shared/seed/partnerCities'
import type { Rng } from './largeRandom'

/** A generated person's name: Latin-script names, and the native script where it differs. */
export interface PersonName {
  givenName: string
  familyName: string
  nativeName: string
  pronunciation: string
  female: boolean
}

type LatinPool = { female: readonly string[]; male: readonly string[]; family: readonly string[] }

const words = (text: string): string[] => text.split(' ')

const LATIN = {
  de: {
    female: words('Anna Katrin Julia Sabine Leonie Miriam Ute Franziska Hannah Aylin Petra Clara'),
    male: words('Thomas Jan Matthias Lukas Stefan Jörg Felix Tobias Mehmet Andreas Jürgen Paul'),
    family: words(
      'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Wolf Schröder Neumann Schwarz Braun Zimmermann Krüger Hartmann Lange Werner Köhler Yılmaz',
    ),
  },
  en: {
    female: words('Emily Sarah Olivia Grace Aisha Hannah Megan Chloe Maria Jennifer'),
    male: words('James Michael David Daniel Oliver Thomas Robert Samuel Kwame Carlos'),
    family: words(
      'Smith Johnson Williams Brown Taylor Davies Evans Wilson Thompson Walker Robinson Garcia Okafor Patel Nguyen',
    ),
  },
  fr: {
    female: words('Camille Léa Chloé Manon Inès Amélie Sophie Céline'),
    male: words('Louis Hugo Théo Julien Mathieu François Étienne Karim'),
    family: words('Martin Bernard Dubois Thomas Robert Petit Durand Leroy Moreau Lefèvre Girard'),
  },
  es: {
    female: words('María Lucía Carmen Sofía Valentina Ana Isabel Guadalupe'),
    male: words('José Juan Alejandro Javier Miguel Pablo Diego Santiago'),
    family: words(
      'García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Hernández Díaz Álvarez',
    ),
  },
  tr: {
    female: words('Ayşe Elif Zeynep Fatma Merve Büşra Selin'),
    male: words('Mehmet Mustafa Ahmet Emre Burak Oğuz Kerem'),
    family: words('Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan'),
  },
  pl: {
    female: words('Anna Katarzyna Małgorzata Agnieszka Zofia Joanna'),
    male: words('Piotr Krzysztof Tomasz Łukasz Paweł Michał'),
    family: words('Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański'),
  },
  hu: {
    female: words('Katalin Eszter Zsófia Anna Réka'),
    male: words('László István Gábor Zoltán Péter'),
    family: words('Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár'),
  },
  nl: {
    female: words('Sophie Emma Lotte Julie Marie'),
    male: words('Lucas Thomas Pieter Mathias Wouter'),
    family: words('Peeters Janssens Maes Jacobs Mertens Willems Claes Dubois'),
  },
  id: {
    female: words('Siti Dewi Putri Ayu Ratna Nur'),
    male: words('Budi Agus Joko Rizky Ahmad Hendra'),
    family: words('Santoso Wijaya Hidayat Saputra Kusuma Pratama Setiawan Nugroho'),
  },
  cs: {
    female: words('Jana Eva Tereza Lucie Kateřina'),
    male: words('Jiří Jan Petr Tomáš Martin'),
    family: words('Novák Svoboda Dvořák Černý Procházka Kučera Veselý'),
  },
  af: {
    female: words('Ndapewa Selma Maria Anna Frieda Ndinelao'),
    male: words('Johannes Petrus Tangeni Hage Erastus Nangolo'),
    family: words('Shikongo Nghidinwa Beukes Amukoto Nujoma Hamutenya Kandjii Shilongo'),
  },
} satisfies Record<string, LatinPool>

/** "Anna:Анна Olga:Ольга" → [["Anna", "Анна"], ["Olga", "Ольга"]]: Latin first, then native forms. */
function tuples(text: string, size: number): string[][] {
  return words(text).map((entry) => {
    const parts = entry.split(':')
    if (parts.length !== size) throw new Error(`Large data set: bad name entry "${entry}"`)
    return parts
  })
}
const pairs = (text: string): [string, string][] =>
  tuples(text, 2).map(([a = '', b = '']) => [a, b])
const triples = (text: string): [string, string, string][] =>
  tuples(text, 3).map(([a = '', b = '', c = '']) => [a, b, c])

const RU = {
  female: pairs('Anna:Анна Olga:Ольга Yelena:Елена Tatyana:Татьяна Irina:Ирина'),
  male: pairs('Ivan:Иван Sergei:Сергей Dmitri:Дмитрий Alexei:Алексей Mikhail:Михаил'),
  family: pairs(
    'Ivanov:Иванов Petrov:Петров Smirnov:Смирнов Kuznetsov:Кузнецов Volkov:Волков Sokolov:Соколов Lebedev:Лебедев',
  ),
}
const UZ = {
  female: pairs('Dilnoza:Дилноза Gulnora:Гулнора Madina:Мадина Nilufar:Нилуфар'),
  male: pairs('Aziz:Азиз Bobur:Бобур Rustam:Рустам Sherzod:Шерзод'),
  family: pairs('Karimov:Каримов Rakhimov:Рахимов Yusupov:Юсупов Umarov:Умаров Aliyev:Алиев'),
}
/** Japanese: [rōmaji, kanji, kana]. */
const JA = {
  female: triples(
    'Haruko:春子:はるこ Yui:結衣:ゆい Sakura:桜:さくら Aiko:愛子:あいこ Mei:芽衣:めい',
  ),
  male: triples(
    'Takeshi:武:たけし Hiroshi:博:ひろし Kenji:健二:けんじ Daiki:大輝:だいき Shōta:翔太:しょうた',
  ),
  family: triples(
    'Satō:佐藤:さとう Suzuki:鈴木:すずき Takahashi:高橋:たかはし Tanaka:田中:たなか Watanabe:渡辺:わたなべ Nishimura:西村:にしむら Mori:森:もり',
  ),
}
/** Chinese: [pinyin, pinyin with tones, characters]. */
const ZH = {
  female: triples('Fang:Fāng:芳 Jing:Jìng:静 Xiuying:Xiùyīng:秀英 Li:Lì:丽 Min:Mǐn:敏'),
  male: triples('Wei:Wěi:伟 Qiang:Qiáng:强 Lei:Lěi:磊 Jun:Jūn:军 Haoran:Hàorán:浩然'),
  family: triples(
    'Wang:Wáng:王 Li:Lǐ:李 Zhang:Zhāng:张 Liu:Liú:刘 Chen:Chén:陈 Zhao:Zhào:赵 Huang:Huáng:黄',
  ),
}

/** The naming culture of a partner city's people; null is the home city (Berlin). */
const CITY_CULTURES: Record<PartnerCityKey, readonly Culture[]> = {
  losAngeles: ['en', 'es'],
  paris: ['fr'],
  madrid: ['es'],
  istanbul: ['tr'],
  warsaw: ['pl'],
  moscow: ['ru'],
  budapest: ['hu'],
  brussels: ['fr', 'nl'],
  jakarta: ['id'],
  tashkent: ['uz', 'ru'],
  mexicoCity: ['es'],
  beijing: ['zh'],
  tokyo: ['ja'],
  buenosAires: ['es'],
  prague: ['cs'],
  windhoek: ['af', 'de', 'en'],
  london: ['en'],
}

export type Culture = keyof typeof LATIN | 'ru' | 'uz' | 'ja' | 'zh'

export function cultureOf(city: PartnerCityKey | null, rng: Rng): Culture {
  // A few people of the home city have roots elsewhere; the list should show that too.
  if (city === null) return rng.chance(0.9) ? 'de' : rng.pick(['tr', 'pl', 'ru', 'zh', 'en'])
  return rng.pick(CITY_CULTURES[city])
}

/** Russian and Uzbek women's surnames take the feminine ending in both scripts. */
function feminineSurname([latin, cyrillic]: readonly [string, string]): [string, string] {
  return /(ov|ev|in)$/.test(latin) ? [`${latin}a`, `${cyrillic}а`] : [latin, cyrillic]
}

export function makePersonName(rng: Rng, culture: Culture): PersonName {
  const female = rng.chance(0.5)
  switch (culture) {
    case 'ru':
    case 'uz': {
      const pool = culture === 'ru' ? RU : UZ
      const [given, givenNative] = rng.pick(female ? pool.female : pool.male)
      const plain = rng.pick(pool.family)
      const [family, familyNative] = female ? feminineSurname(plain) : plain
      const nativeName = `${givenNative} ${familyNative}`
      return { givenName: given, familyName: family, nativeName, pronunciation: '', female }
    }
    case 'ja': {
      const [given, givenKanji, givenKana] = rng.pick(female ? JA.female : JA.male)
      const [family, familyKanji, familyKana] = rng.pick(JA.family)
      return {
        givenName: given,
        familyName: family,
        nativeName: `${familyKanji} ${givenKanji}`,
        pronunciation: `${familyKana} ${givenKana} (${family} ${given})`,
        female,
      }
    }
    case 'zh': {
      const [given, givenTones, givenHan] = rng.pick(female ? ZH.female : ZH.male)
      const [family, familyTones, familyHan] = rng.pick(ZH.family)
      return {
        givenName: given,
        familyName: family,
        nativeName: `${familyHan}${givenHan}`,
        pronunciation: `${familyTones} ${givenTones}`,
        female,
      }
    }
    default: {
      const pool: LatinPool = LATIN[culture]
      const givenName = rng.pick(female ? pool.female : pool.male)
      return {
        givenName,
        familyName: rng.pick(pool.family),
        nativeName: '',
        pronunciation: '',
        female,
      }
    }
  }
}

/** "Ł" → "l", "ō" → "o": the ASCII part of an e-mail address. */
export function asciiSlug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}
