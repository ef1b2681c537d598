#include "InsightsFixture.h"
#include "insights/DeskRecommendations.h"

using namespace td;
using namespace td::insights;

namespace {

const QDate kPast(2026, 1, 10);
const QDate kAhead(2026, 3, 20);

// A small catalog: two levels of piano and a second level-1 piano course, a piano workshop held only in
// the past, a full art class, three English online courses and an e-book.
struct Catalog
{
    explicit Catalog(test::TestCenter& center)
        : f(center)
    {
        starter = f.item(QStringLiteral("offline_course"), QStringLiteral("Piano Starter"), QStringLiteral("Piano"), 1);
        grade = f.item(
            QStringLiteral("offline_course"), QStringLiteral("Piano Grade"), QStringLiteral("Piano"), 2, starter);
        kids = f.item(QStringLiteral("offline_course"), QStringLiteral("Piano for Kids"), QStringLiteral("Piano"), 1);
        workshop = f.item(QStringLiteral("workshop"), QStringLiteral("Masterclass"), QStringLiteral("Piano"));
        art = f.item(QStringLiteral("offline_course"), QStringLiteral("Sketching"), QStringLiteral("Art"), 1);
        english1 = f.item(QStringLiteral("online_course"), QStringLiteral("English One"), QStringLiteral("English"));
        english2 = f.item(QStringLiteral("online_course"), QStringLiteral("English Two"), QStringLiteral("English"));
        english3 = f.item(QStringLiteral("online_course"), QStringLiteral("English Three"), QStringLiteral("English"));
        ebook = f.item(QStringLiteral("ebook"), QStringLiteral("Colour Basics"), QStringLiteral("Art"));
        starterClass = f.classOf(starter, kAhead);
        f.classOf(grade, kAhead);
        f.classOf(kids, kAhead);
        f.classOf(workshop, kPast);
        const qint64 full = f.classOf(art, kAhead, 1);
        f.enroll(f.student(QStringLiteral("S000900")), full);
    }

    test::InsightsFixture f;
    qint64 starter, grade, kids, workshop, art, english1, english2, english3, ebook;
    qint64 starterClass;
};

struct Run
{
    std::vector<Recommendation> items;

    bool offers(qint64 id) const
    {
        return std::any_of(items.begin(), items.end(), [id](const Recommendation& r) { return r.itemId == id; });
    }
    QString reasonFor(qint64 id) const
    {
        for (const Recommendation& r : items)
            if (r.itemId == id)
                return r.reason;
        return {};
    }
};

// Recommendations for a student where `preferred` items score highest, in that order.
Run recommend(test::TestCenter& center, qint64 student, const QList<qint64>& preferred,
    const DeskRecommendations::Similarity& similarity = {})
{
    auto data = CenterInteractions::load(center.db(), SignalWeights {}, QDate(2026, 3, 2));
    auto bookable = DeskRecommendations::bookableItems(center.db(), center.clock().nowUtc());
    if (!data || !bookable)
        qFatal("cannot load the center");
    const CenterInteractions& c = data.value();
    Eigen::VectorXf scores = Eigen::VectorXf::Constant(static_cast<Eigen::Index>(c.catalog().size()), 0.01f);
    for (int i = 0; i < preferred.size(); ++i)
        scores[c.itemIndex(preferred[i])] = 10.0f - float(i);
    return {DeskRecommendations::choose(c, c.student(student), scores, similarity, bookable.value(), {})};
}

} // namespace

class TestDeskRecommendations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverOffersWhatTheStudentOwnsOrFinished()
    {
        test::TestCenter center;
        Catalog cat(center);
        const qint64 s = cat.f.student(QStringLiteral("S000001"));
        cat.f.enroll(s, cat.f.classOf(cat.starter, kPast), QStringLiteral("completed"));
        cat.f.online(s, cat.english1, QDate(2026, 2, 1));
        cat.f.online(s, cat.english2, QDate(2026, 2, 1), QStringLiteral("progress"), 100);
        const Run run = recommend(center, s, {cat.starter, cat.english1, cat.english2, cat.ebook});
        QVERIFY(!run.offers(cat.starter));
        QVERIFY(!run.offers(cat.english1));
        QVERIFY(!run.offers(cat.english2));
        QVERIFY(run.offers(cat.ebook));
        QCOMPARE(int(run.items.size()), 4); // the next level, the other level-1 course, English Three, the e-book
    }

    void offersAClassOnlyWithFreeSeatsAndSessionsAhead()
    {
        test::TestCenter center;
        Catalog cat(center);
        const qint64 s = cat.f.student(QStringLiteral("S000001"));
        const Run run = recommend(center, s, {cat.workshop, cat.art, cat.starter});
        QVERIFY(!run.offers(cat.workshop)); // its only session is over
        QVERIFY(!run.offers(cat.art)); // its class is full
        QVERIFY(run.offers(cat.starter));
        QCOMPARE(run.items.front().itemId, cat.starter);

        // A seat frees up when the enrolled student drops.
        cat.f.exec(QStringLiteral("UPDATE enrollments SET status = 'dropped'"), {});
        QVERIFY(recommend(center, s, {cat.art}).offers(cat.art));
    }

    void respectsPrerequisitesAndLevels()
    {
        test::TestCenter center;
        Catalog cat(center);
        const qint64 s = cat.f.student(QStringLiteral("S000001"));
        QVERIFY(!recommend(center, s, {cat.grade}).offers(cat.grade));
        // Enrolled in the first level is not enough: it must be finished.
        cat.f.enroll(s, cat.starterClass);
        QVERIFY(!recommend(center, s, {cat.grade}).offers(cat.grade));

        const qint64 done = cat.f.student(QStringLiteral("S000002"));
        cat.f.enroll(done, cat.f.classOf(cat.starter, kPast), QStringLiteral("completed"));
        const Run next = recommend(center, done, {cat.grade, cat.kids});
        QVERIFY(next.offers(cat.grade));
        QCOMPARE(next.reasonFor(cat.grade), QStringLiteral("Next level after Piano Starter"));
        QVERIFY(next.offers(cat.kids)); // the same level in another course is fine

        // Someone who finished level 2 is not offered a level-1 course of the subject.
        const qint64 advanced = cat.f.student(QStringLiteral("S000003"));
        cat.f.enroll(advanced, cat.f.classOf(cat.starter, kPast), QStringLiteral("completed"));
        cat.f.enroll(advanced, cat.f.classOf(cat.grade, kPast), QStringLiteral("completed"));
        QVERIFY(!recommend(center, advanced, {cat.kids}).offers(cat.kids));
    }

    void atMostTwoVariantsOfOneThing()
    {
        test::TestCenter center;
        Catalog cat(center);
        const qint64 s = cat.f.student(QStringLiteral("S000001"));
        const Run run = recommend(center, s, {cat.english1, cat.english2, cat.english3, cat.ebook, cat.starter});
        QCOMPARE(int(run.items.size()), 5);
        QVERIFY(run.offers(cat.english1));
        QVERIFY(run.offers(cat.english2));
        QVERIFY(!run.offers(cat.english3));
        QCOMPARE(run.items[2].itemId, cat.ebook);
    }

    void eachOfferHasAReason()
    {
        test::TestCenter center;
        Catalog cat(center);
        const qint64 s = cat.f.student(QStringLiteral("S000001"));
        cat.f.online(s, cat.english1, QDate(2026, 2, 1));
        cat.f.interest(s, QStringLiteral("Art"));
        const int english1 = 5; // catalog index, in insertion order
        const int english2 = 6;
        const auto similarity = [&](int a, int b) { return a == english1 && b == english2 ? 0.4f : 0.0f; };
        const Run run = recommend(center, s, {cat.english2, cat.ebook, cat.starter}, similarity);
        QCOMPARE(run.reasonFor(cat.english2), QStringLiteral("Students who took English One also took this"));
        QCOMPARE(run.reasonFor(cat.ebook), QStringLiteral("Matches interest Art"));
        QCOMPARE(run.reasonFor(cat.starter), QStringLiteral("Popular with students at the center"));
        for (const Recommendation& r : run.items)
            QVERIFY(!r.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeskRecommendations)
#include "tst_deskrecommendations.moc"
