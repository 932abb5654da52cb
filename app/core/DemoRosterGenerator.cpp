#include "core/DemoRosterGenerator.h"

#include <array>
#include <span>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// A language community: the surnames, given names and preferred language of its families.
struct Community {
    const char* language;
    int weight;                              // share of families, per mille
    std::span<const char* const> surnames;
    std::span<const char* const> female;
    std::span<const char* const> male;
    bool compoundSurnames;                   // Spanish style: father's + mother's surname
    bool gendered;                           // Russian style: -ov / -ova
};

constexpr const char* kSpanishSurnames[] = {"García", "López", "Hernández", "Martínez", "González", "Rodríguez",
    "Pérez", "Sánchez", "Ramírez", "Flores", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez",
    "Chávez", "Ramos", "Ruiz", "Jiménez", "Mendoza", "Vásquez", "Castillo", "Álvarez", "Romero", "Herrera",
    "Medina", "Aguilar", "Vargas", "Castro", "Núñez", "de la Cruz", "de León", "Peña", "Ibáñez"};
constexpr const char* kSpanishFemale[] = {"María", "Ana", "Sofía", "Valentina", "Isabella", "Camila", "Lucía",
    "Guadalupe", "Ximena", "María José", "Ana Lucía", "Daniela", "Fernanda", "Paola", "Rocío", "Itzel", "Yesenia",
    "Mariana", "Alejandra", "Natalia"};
constexpr const char* kSpanishMale[] = {"José", "Juan", "Luis", "Carlos", "Miguel Ángel", "Jesús", "Diego",
    "Santiago", "Mateo", "Alejandro", "Jorge", "Ricardo", "Emiliano", "Sebastián", "Juan Pablo", "Héctor", "Iván",
    "Andrés", "Joaquín", "Óscar"};

constexpr const char* kEnglishSurnames[] = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
    "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "O'Brien", "McDonald", "Baker",
    "Carter", "Mitchell", "Parker", "Evans", "Collins", "Stewart", "Morris"};
constexpr const char* kEnglishFemale[] = {"Emily", "Olivia", "Emma", "Ava", "Mia", "Abigail", "Harper", "Evelyn",
    "Sarah", "Jessica", "Ashley", "Jennifer", "Mary-Kate", "Chloe", "Grace", "Hannah", "Zoe", "Lily", "Nora",
    "Claire"};
constexpr const char* kEnglishMale[] = {"James", "John", "Robert", "Michael", "William", "David", "Noah", "Liam",
    "Ethan", "Mason", "Logan", "Lucas", "Jacob", "Benjamin", "Henry", "Owen", "Wyatt", "Caleb", "Ryan", "Nathan"};

constexpr const char* kChineseSurnames[] = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
    "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "He", "Gao", "Luo"};
constexpr const char* kChineseFemale[] = {"Xiu Ying", "Fang", "Mei", "Jing", "Li Na", "Yan", "Xiao Hong", "Hui",
    "Ling", "Yu Xin", "Zi Han", "Shu Fen"};
constexpr const char* kChineseMale[] = {"Wei", "Jun", "Hao", "Lei", "Jian Guo", "Ming", "Tao", "Zhi Wei", "Yi Chen",
    "Hao Ran", "Bo", "Qiang"};

constexpr const char* kKoreanSurnames[] = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
    "Lim", "Han", "Shin"};
constexpr const char* kKoreanFemale[] = {"Seo-yeon", "Ji-woo", "Min-seo", "Ha-eun", "Soo-ah", "Ji-min", "Eun-ji",
    "Yoo-na"};
constexpr const char* kKoreanMale[] = {"Min-jun", "Seo-jun", "Do-yoon", "Ji-ho", "Joon-young", "Hyun-woo",
    "Sung-min", "Tae-yang"};

constexpr const char* kVietnameseSurnames[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
    "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
constexpr const char* kVietnameseFemale[] = {"Thị Lan", "Thị Hương", "Ngọc Anh", "Thu Trang", "Mai", "Linh",
    "Thảo", "Phương Anh", "Bảo Ngọc", "Hồng Nhung"};
constexpr const char* kVietnameseMale[] = {"Văn Minh", "Quốc Bảo", "Đức Anh", "Minh Khoa", "Tuấn", "Hùng",
    "Gia Huy", "Thành Long", "Hoàng Nam", "Đăng Khoa"};

constexpr const char* kArmenianSurnames[] = {"Hakobyan", "Petrosyan", "Sargsyan", "Harutyunyan", "Grigoryan",
    "Khachatryan", "Vardanyan", "Karapetyan", "Ghazaryan", "Avetisyan", "Mkrtchyan", "Ter-Petrosyan"};
constexpr const char* kArmenianFemale[] = {"Ani", "Anahit", "Lilit", "Mariam", "Nare", "Siranush", "Gayane",
    "Arpi", "Tatevik", "Hasmik"};
constexpr const char* kArmenianMale[] = {"Aram", "Narek", "Davit", "Tigran", "Armen", "Hayk", "Gevorg", "Vahe",
    "Artur", "Levon"};

constexpr const char* kPersianSurnames[] = {"Mohammadi", "Hosseini", "Rezaei", "Ahmadi", "Karimi", "Moradi",
    "Jafari", "Rahimi", "Tehrani", "Ghorbani", "Kazemi", "Sadeghi"};
constexpr const char* kPersianFemale[] = {"Shirin", "Parisa", "Maryam", "Zahra", "Leila", "Niloufar", "Roya",
    "Yasaman", "Fatemeh", "Sara"};
constexpr const char* kPersianMale[] = {"Dariush", "Reza", "Ali", "Hossein", "Mehdi", "Kourosh", "Arash",
    "Babak", "Amir", "Saeed"};

constexpr const char* kRussianSurnames[] = {"Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev",
    "Kozlov", "Novikov", "Morozov", "Volkov"};
constexpr const char* kRussianFemale[] = {"Anastasia", "Maria", "Daria", "Yekaterina", "Olga", "Tatiana",
    "Svetlana", "Natalia", "Yulia", "Irina"};
constexpr const char* kRussianMale[] = {"Dmitri", "Alexei", "Sergei", "Ivan", "Nikolai", "Mikhail", "Andrei",
    "Pavel", "Yuri", "Artyom"};

constexpr const char* kTagalogSurnames[] = {"Santos", "Reyes", "Cruz", "Bautista", "dela Cruz", "Garcia",
    "Mendoza", "Villanueva", "de los Santos", "Castillo", "Aquino", "Manalo", "Dizon", "Pascual"};
constexpr const char* kTagalogFemale[] = {"Maricel", "Maria Cristina", "Jocelyn", "Rowena", "Angelica",
    "Kristine", "Ma. Theresa", "Jasmine", "Lovely", "Princess"};
constexpr const char* kTagalogMale[] = {"Jose Mari", "Rommel", "Jun", "Mark Anthony", "John Paul", "Rodel",
    "Ariel", "Jayson", "Ramon", "Emmanuel"};

constexpr const char* kArabicSurnames[] = {"Al-Sayed", "Haddad", "Abdullah", "Khalil", "Nasser", "Saleh",
    "Al-Masri", "Hamdan", "Yousef", "Mansour", "El-Amin", "Aziz"};
constexpr const char* kArabicFemale[] = {"Fatima", "Layla", "Mariam", "Noor", "Aisha", "Yasmin", "Huda",
    "Salma", "Rania", "Amira"};
constexpr const char* kArabicMale[] = {"Omar", "Ahmed", "Mohammed", "Yousef", "Khaled", "Hassan", "Ibrahim",
    "Karim", "Tariq", "Ziad"};

constexpr const char* kBengaliSurnames[] = {"Rahman", "Hossain", "Islam", "Ahmed", "Chowdhury", "Das", "Sarkar",
    "Roy", "Begum", "Uddin"};
constexpr const char* kBengaliFemale[] = {"Nusrat", "Farzana", "Tahmina", "Sumaiya", "Ayesha", "Rupa", "Mitu"};
constexpr const char* kBengaliMale[] = {"Rafiq", "Tanvir", "Arif", "Sabbir", "Imran", "Rakib", "Shafiq"};

constexpr const char* kUrduSurnames[] = {"Khan", "Qureshi", "Siddiqui", "Malik", "Butt", "Sheikh", "Chaudhry",
    "Mirza", "Abbasi", "Raza"};
constexpr const char* kUrduFemale[] = {"Ayesha", "Sana", "Hira", "Mahnoor", "Zainab", "Iqra", "Rabia"};
constexpr const char* kUrduMale[] = {"Usman", "Bilal", "Hamza", "Faisal", "Zeeshan", "Asad", "Kamran"};

constexpr const char* kHaitianSurnames[] = {"Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Étienne",
    "Saint-Fleur", "Desir", "Jean-Louis", "Toussaint"};
constexpr const char* kHaitianFemale[] = {"Mirlande", "Nadège", "Guerline", "Roseline", "Wideline", "Fabiola"};
constexpr const char* kHaitianMale[] = {"Jean-Claude", "Wilner", "Frantz", "Jean-Robert", "Evens", "Ricardo"};

constexpr const char* kFrenchSurnames[] = {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent",
    "Fournier", "Girard", "Bonnet", "Rousseau"};
constexpr const char* kFrenchFemale[] = {"Camille", "Léa", "Chloé", "Manon", "Inès", "Hélène", "Marie-Claire"};
constexpr const char* kFrenchMale[] = {"Théo", "Hugo", "Louis", "Jean-Pierre", "Étienne", "Raphaël", "Noël"};

const std::array<Community, 15> kCommunities = {{
    {"es", 400, kSpanishSurnames, kSpanishFemale, kSpanishMale, true, false},
    {"en", 250, kEnglishSurnames, kEnglishFemale, kEnglishMale, false, false},
    {"zh-Hans", 30, kChineseSurnames, kChineseFemale, kChineseMale, false, false},
    {"zh-Hant", 20, kChineseSurnames, kChineseFemale, kChineseMale, false, false},
    {"ko", 35, kKoreanSurnames, kKoreanFemale, kKoreanMale, false, false},
    {"vi", 40, kVietnameseSurnames, kVietnameseFemale, kVietnameseMale, false, false},
    {"hy", 45, kArmenianSurnames, kArmenianFemale, kArmenianMale, false, false},
    {"fa", 30, kPersianSurnames, kPersianFemale, kPersianMale, false, false},
    {"ru", 25, kRussianSurnames, kRussianFemale, kRussianMale, false, true},
    {"tl", 40, kTagalogSurnames, kTagalogFemale, kTagalogMale, false, false},
    {"ar", 25, kArabicSurnames, kArabicFemale, kArabicMale, false, false},
    {"bn", 15, kBengaliSurnames, kBengaliFemale, kBengaliMale, false, false},
    {"ur", 15, kUrduSurnames, kUrduFemale, kUrduMale, false, false},
    {"ht", 15, kHaitianSurnames, kHaitianFemale, kHaitianMale, false, false},
    {"fr", 15, kFrenchSurnames, kFrenchFemale, kFrenchMale, false, false},
}};

constexpr const char* kStreets[] = {"Main St", "Olive Ave", "Sunset Blvd", "Figueroa St", "Cesar Chavez Ave",
    "Broadway", "Vermont Ave", "Western Ave", "Hoover St", "Alvarado St", "Pico Blvd", "Olympic Blvd",
    "Glendale Blvd", "Colorado Blvd", "Lake Ave", "Fair Oaks Ave", "Los Robles Ave", "Huntington Dr",
    "Valley Blvd", "Garvey Ave"};
struct City { const char* name; const char* zip; };
constexpr City kCities[] = {{"Los Angeles", "900"}, {"Pasadena", "911"}, {"Glendale", "912"},
    {"Alhambra", "918"}, {"Burbank", "915"}, {"Monterey Park", "917"}, {"El Monte", "917"},
    {"Inglewood", "903"}};

QString pick(std::span<const char* const> list, int index)
{
    return QString::fromUtf8(list[std::size_t(index) % list.size()]);
}

QString russianFeminine(const QString& surname)
{
    // Ivanov -> Ivanova; the surnames in the list all end in -ov / -ev.
    return surname + u'a';
}

} // namespace

DemoRosterGenerator::DemoRosterGenerator(quint64 seed, qint64 studentCount, QString schoolCode)
    : m_state(seed ^ 0x9E3779B97F4A7C15ull)
    , m_target(studentCount)
    , m_schoolCode(std::move(schoolCode))
{
}

// splitmix64: tiny, fast and the same on every platform.
quint64 DemoRosterGenerator::nextRandom()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int DemoRosterGenerator::below(int n)
{
    return int(nextRandom() % quint64(n));
}

bool DemoRosterGenerator::chance(int perTenThousand)
{
    return below(10000) < perTenThousand;
}

bool DemoRosterGenerator::next(DemoFamily& family)
{
    family.guardians.clear();
    family.students.clear();
    family.relationships.clear();
    if (m_students >= m_target)
        return false;

    // Community by weight.
    int roll = below(1000);
    const Community* community = &kCommunities.back();
    for (const auto& c : kCommunities) {
        if (roll < c.weight) {
            community = &c;
            break;
        }
        roll -= c.weight;
    }
    const QString language = QString::fromLatin1(community->language);

    // Household shape: two parents together, two households (shared custody), one parent,
    // or a grandparent/relative as legal guardian or caregiver.
    const int shape = below(100);
    enum { Together, TwoHouseholds, Single, Kinship } kind =
        shape < 52 ? Together : shape < 77 ? TwoHouseholds : shape < 94 ? Single : Kinship;

    const auto makeAddress = [this]() {
        Address a;
        a.line1 = u"%1 %2"_s.arg(100 + below(19800)).arg(QString::fromUtf8(kStreets[below(std::size(kStreets))]));
        if (chance(1500))
            a.line2 = u"Apt %1"_s.arg(1 + below(40));
        const City& city = kCities[below(std::size(kCities))];
        a.city = QString::fromUtf8(city.name);
        a.state = u"CA"_s;
        a.postalCode = QString::fromLatin1(city.zip) + u"%1"_s.arg(below(100), 2, 10, QLatin1Char('0'));
        return a;
    };
    const auto makeGuardian = [&](bool female, const QString& surname, const Address& address) {
        Guardian g;
        ++m_guardians;
        g.guardianId = u"G-%1"_s.arg(m_guardians, 7, 10, QLatin1Char('0'));
        g.firstName = pick(female ? community->female : community->male, below(64));
        g.lastName = (female && community->gendered) ? russianFeminine(surname) : surname;
        if (!chance(2500)) {
            QString local = (g.firstName.left(1) + g.lastName).toLower();
            local.removeIf([](QChar c) { return c.unicode() > 127 || !c.isLetter(); });
            if (local.isEmpty())
                local = u"parent"_s;
            g.email = u"%1%2@example.org"_s.arg(local).arg(below(1000));
        }
        // 555-01xx numbers are reserved for fiction.
        static constexpr const char* kAreaCodes[] = {"213", "323", "626", "818"};
        g.phone = u"+1"_s + QLatin1StringView(kAreaCodes[below(4)]) + u"55501"_s
            + QString::number(below(100)).rightJustified(2, QLatin1Char('0'));
        g.address = address;
        // About 1% have no address on record (letters can only be handed over in person).
        if (chance(100))
            g.address = {};
        g.preferredLanguage = chance(1500) && language != u"en" ? u"en"_s : language;
        return g;
    };

    const QString fatherSurname = pick(community->surnames, below(64));
    const QString motherSurname = pick(community->surnames, below(64));
    const Address home = makeAddress();

    struct Adult { int index; RelationshipKind kind; bool custodial; bool rights; bool noContact; };
    QList<Adult> adults;
    switch (kind) {
    case Together:
        family.guardians.append(makeGuardian(true, motherSurname, home));
        family.guardians.append(makeGuardian(false, fatherSurname, home));
        adults = {{0, RelationshipKind::Mother, true, true, false}, {1, RelationshipKind::Father, true, true, false}};
        break;
    case TwoHouseholds: {
        family.guardians.append(makeGuardian(true, motherSurname, home));
        family.guardians.append(makeGuardian(false, fatherSurname, makeAddress()));
        // Joint custody in most cases; otherwise the other parent is non-custodial and may
        // or may not keep educational rights, and now and then a court has ordered no contact.
        const bool joint = chance(6500);
        const bool noContact = !joint && chance(1200);
        const bool motherKeeps = chance(7000);
        Adult mother{0, RelationshipKind::Mother, joint || motherKeeps, true, false};
        Adult father{1, RelationshipKind::Father, joint || !motherKeeps, true, false};
        Adult& other = motherKeeps ? father : mother;
        if (!joint) {
            other.rights = !noContact && chance(7000);
            other.noContact = noContact;
        }
        adults = {mother, father};
        break;
    }
    case Single: {
        const bool female = chance(7500);
        family.guardians.append(makeGuardian(female, female ? motherSurname : fatherSurname, home));
        adults = {{0, female ? RelationshipKind::Mother : RelationshipKind::Father, true, true, false}};
        break;
    }
    case Kinship:
        family.guardians.append(makeGuardian(chance(6500), fatherSurname, home));
        adults = {{0, chance(6000) ? RelationshipKind::LegalGuardian : RelationshipKind::Caregiver, true, true, false}};
        // A caregiver (kinship caregiver affidavit) has no educational rights.
        if (adults[0].kind == RelationshipKind::Caregiver)
            adults[0].rights = false;
        break;
    }

    // One to five children, most families one or two.
    const int childRoll = below(100);
    const int children = childRoll < 40 ? 1 : childRoll < 73 ? 2 : childRoll < 90 ? 3 : childRoll < 97 ? 4 : 5;
    const QString childSurname = community->compoundSurnames && kind != Kinship
        ? fatherSurname + u' ' + motherSurname
        : fatherSurname;
    const QDate schoolYearStart(2026, 9, 1);
    for (int c = 0; c < children && m_students < m_target; ++c) {
        Student s;
        ++m_students;
        s.studentId = QString::number(100000000 + m_students);
        const bool female = chance(5000);
        s.firstName = pick(female ? community->female : community->male, below(64));
        s.lastName = (female && community->gendered) ? russianFeminine(childSurname) : childSurname;
        const int gradeIndex = below(14);   // 0 = TK, 1 = K, 2.. = grades 1..12
        s.grade = gradeIndex == 0 ? u"TK"_s : gradeIndex == 1 ? u"K"_s : QString::number(gradeIndex - 1);
        const int ageOnSeptFirst = 4 + gradeIndex;
        s.dateOfBirth = schoolYearStart.addYears(-ageOnSeptFirst - 1).addDays(1 + below(365));
        s.schoolCode = m_schoolCode;
        s.active = !chance(200);
        family.students.append(s);
        for (const Adult& a : adults) {
            Relationship r;
            r.studentId = s.studentId;
            r.guardianId = family.guardians[a.index].guardianId;
            r.relationship = a.kind;
            r.custodial = a.custodial;
            r.educationalRights = a.rights;
            r.noContactOrder = a.noContact;
            r.portalEligible = a.rights && !a.noContact;
            family.relationships.append(r);
        }
    }
    return true;
}

RosterPage DemoRosterGenerator::generate(quint64 seed, qint64 studentCount)
{
    RosterPage page;
    DemoRosterGenerator gen(seed, studentCount);
    DemoFamily family;
    while (gen.next(family)) {
        page.students.append(family.students);
        page.guardians.append(family.guardians);
        page.relationships.append(family.relationships);
    }
    return page;
}

} // namespace gd
