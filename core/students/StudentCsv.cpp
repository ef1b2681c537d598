#include "StudentCsv.h"

#include "audit/AuditLog.h"
#include "csv/Csv.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "students/StudentService.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace td {

namespace {

enum class Column {
    Code,
    Name,
    Phone,
    Email,
    BirthDate,
    Gender,
    Status,
    Tags,
    GuardianName,
    GuardianRelation,
    GuardianPhone,
    Notes
};

// Header spellings, compared lower-cased without spaces, underscores or a trailing "*" (required-field marks).
const QHash<QString, Column>& headerNames()
{
    static const QHash<QString, Column> names = [] {
        QHash<QString, Column> h;
        auto add = [&h](Column column, std::initializer_list<const char*> spellings) {
            for (const char* s : spellings)
                h.insert(QString::fromUtf8(s), column);
        };
        add(Column::Code, {"code", "studentcode", "学号", "学员编号", "编号"});
        add(Column::Name, {"name", "姓名", "名字", "学员姓名", "学生姓名"});
        add(Column::Phone, {"phone", "mobile", "手机", "电话", "手机号", "手机号码", "联系电话"});
        add(Column::Email, {"email", "e-mail", "邮箱", "电子邮箱", "电子邮件"});
        add(Column::BirthDate, {"birthdate", "birthday", "出生日期", "生日"});
        add(Column::Gender, {"gender", "sex", "性别"});
        add(Column::Status, {"status", "状态"});
        add(Column::Tags, {"tags", "interests", "标签", "兴趣"});
        add(Column::GuardianName, {"guardianname", "guardian", "监护人", "家长", "监护人姓名", "家长姓名"});
        add(Column::GuardianRelation, {"guardianrelation", "relation", "关系", "监护人关系", "与学员关系"});
        add(Column::GuardianPhone, {"guardianphone", "监护人电话", "监护人手机", "家长电话", "家长手机"});
        add(Column::Notes, {"notes", "note", "备注"});
        return h;
    }();
    return names;
}

QString headerKey(const QString& header)
{
    QString key = header.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('_'));
    while (key.endsWith(QLatin1Char('*')))
        key.chop(1);
    return key;
}

std::optional<QDate> parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QString> parseGender(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return QString();
    if (t == QLatin1String("female") || t == QLatin1String("f") || t == QStringLiteral("女"))
        return QStringLiteral("female");
    if (t == QLatin1String("male") || t == QLatin1String("m") || t == QStringLiteral("男"))
        return QStringLiteral("male");
    if (t == QLatin1String("other") || t == QStringLiteral("其他"))
        return QStringLiteral("other");
    return std::nullopt;
}

std::optional<StudentStatus> parseStatus(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return StudentStatus::Active;
    if (auto key = studentStatusFromKey(t))
        return key;
    static const QHash<QString, StudentStatus> words = {
        {QStringLiteral("在读"), StudentStatus::Active},
        {QStringLiteral("正常"), StudentStatus::Active},
        {QStringLiteral("活跃"), StudentStatus::Active},
        {QStringLiteral("暂停"), StudentStatus::Paused},
        {QStringLiteral("休学"), StudentStatus::Paused},
        {QStringLiteral("停课"), StudentStatus::Paused},
        {QStringLiteral("归档"), StudentStatus::Archived},
        {QStringLiteral("已归档"), StudentStatus::Archived},
        {QStringLiteral("退学"), StudentStatus::Archived},
    };
    if (words.contains(t))
        return words.value(t);
    return std::nullopt;
}

struct ImportRow
{
    int line = 0;
    StudentProfile profile;
    QList<Guardian> guardians;
};

} // namespace

QStringList StudentCsv::columns()
{
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
        QStringLiteral("birth_date"), QStringLiteral("gender"), QStringLiteral("status"), QStringLiteral("tags"),
        QStringLiteral("guardian_name"), QStringLiteral("guardian_relation"), QStringLiteral("guardian_phone"),
        QStringLiteral("notes")};
}

Result<StudentImportReport> StudentCsv::importFile(
    const Context& ctx, const QString& path, const Progress& progress, const std::atomic_bool* cancel)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importCsv(ctx, file.readAll(), progress, cancel);
}

Result<StudentImportReport> StudentCsv::importCsv(
    const Context& ctx, const QByteArray& bytes, const Progress& progress, const std::atomic_bool* cancel)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    StudentImportReport report;
    auto decoded = Csv::decode(bytes);
    if (!decoded) {
        report.problems.append({1, decoded.error().message});
        return report;
    }
    report.encoding = decoded->encoding;
    auto parsed = Csv::parse(decoded->text);
    if (!parsed) {
        report.problems.append({0, parsed.error().message});
        return report;
    }
    const QList<Csv::Record>& records = parsed.value();
    if (records.isEmpty() || records.first().isBlank()) {
        report.problems.append({1, tr("The file is empty; the first line must name the columns.")});
        return report;
    }

    // The header: every column must be known and appear once; a name column is required.
    const Csv::Record& header = records.first();
    QHash<Column, int> index;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString title = header.fields.at(i).trimmed();
        if (title.isEmpty())
            continue;
        const auto found = headerNames().constFind(headerKey(title));
        if (found == headerNames().constEnd()) {
            report.problems.append({header.line,
                tr("Unknown column \"%1\". Known columns: %2.").arg(title, columns().join(QStringLiteral(", ")))});
        } else if (index.contains(found.value())) {
            report.problems.append({header.line, tr("The column \"%1\" appears twice.").arg(title)});
        } else {
            index.insert(found.value(), i);
        }
    }
    if (!index.contains(Column::Name))
        report.problems.append({header.line, tr("There is no name column (\"name\" or \"姓名\").")});
    if (!report.problems.isEmpty())
        return report;

    // Values that are not the service's business: dates, genders, statuses, codes repeated in the file.
    QList<ImportRow> rows;
    QHash<QString, int> codeLines;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Csv::Record& record = records.at(r);
        if (record.isBlank())
            continue;
        auto value = [&](Column column) {
            const int i = index.value(column, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        ImportRow row;
        row.line = record.line;
        const int problemsBefore = int(report.problems.size());
        if (record.fields.size() > header.fields.size()
            && !std::all_of(record.fields.begin() + header.fields.size(), record.fields.end(),
                [](const QString& f) { return f.trimmed().isEmpty(); }))
            report.problems.append({record.line,
                tr("The line has %1 fields but the header names only %2 columns.")
                    .arg(record.fields.size())
                    .arg(header.fields.size())});
        StudentProfile& p = row.profile;
        p.code = value(Column::Code).toUpper();
        p.name = value(Column::Name);
        p.phone = value(Column::Phone);
        p.email = value(Column::Email);
        p.notes = value(Column::Notes);
        if (const QString birth = value(Column::BirthDate); !birth.isEmpty()) {
            if (const auto date = parseDate(birth))
                p.birthDate = *date;
            else
                report.problems.append(
                    {record.line, tr("The birth date \"%1\" is not a date like 2015-09-01 or 2015/9/1.").arg(birth)});
        }
        if (const auto gender = parseGender(value(Column::Gender)))
            p.gender = *gender;
        else
            report.problems.append({record.line,
                tr("The gender \"%1\" is not one of female, male, other (女, 男, 其他).").arg(value(Column::Gender))});
        if (const auto status = parseStatus(value(Column::Status)))
            p.status = *status;
        else
            report.problems.append({record.line,
                tr("The status \"%1\" is not one of active, paused, archived.").arg(value(Column::Status))});
        static const QRegularExpression tagSeparators(QStringLiteral("[;；，]"));
        p.tags = value(Column::Tags).split(tagSeparators, Qt::SkipEmptyParts);
        const Guardian guardian {
            0, {}, value(Column::GuardianName), value(Column::GuardianRelation), value(Column::GuardianPhone)};
        if (!guardian.name.isEmpty() || !guardian.relation.isEmpty() || !guardian.phone.isEmpty())
            row.guardians.append(guardian);
        if (!p.code.isEmpty()) {
            if (codeLines.contains(p.code))
                report.problems.append({record.line,
                    tr("The student code %1 is already used on line %2 of this file.")
                        .arg(p.code)
                        .arg(codeLines.value(p.code))});
            else
                codeLines.insert(p.code, record.line);
        }
        if (int(report.problems.size()) == problemsBefore)
            rows.append(row);
        ++report.rows;
    }

    // Rows with their own code go first, so that the codes given to the others never take one the file names.
    std::stable_sort(rows.begin(), rows.end(),
        [](const ImportRow& a, const ImportRow& b) { return !a.profile.code.isEmpty() && b.profile.code.isEmpty(); });

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    int done = 0;
    const int total = report.rows;
    for (const ImportRow& row : rows) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            report.problems.clear();
            return report;
        }
        auto created = StudentService::create(ctx, row.profile, row.guardians);
        if (!created) {
            if (created.error().kind == Error::Kind::Storage || created.error().kind == Error::Kind::Forbidden)
                return created.error();
            report.problems.append({row.line, created.error().message});
        }
        ++done;
        if (progress)
            progress(done + (total - int(rows.size())), total);
    }
    if (cancel && cancel->load()) {
        report.cancelled = true;
        report.problems.clear();
        return report;
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
        [](const CsvProblem& a, const CsvProblem& b) { return a.line < b.line; });
    if (!report.problems.isEmpty())
        return report;
    if (auto a = AuditLog::record(ctx, QStringLiteral("student"), QStringLiteral("*"), QStringLiteral("import"),
            QStringLiteral("%1 students (%2)").arg(rows.size()).arg(report.encoding));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    report.imported = int(rows.size());
    return report;
}

namespace {

// The header and one record per student, ordered by code.
Result<QList<QStringList>> exportRecords(const Context& ctx)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    auto q = ctx.db.exec(QStringLiteral(
        "SELECT s.code, s.name, s.phone, s.email, s.birth_date, s.gender, s.status, "
        "(SELECT group_concat(tag, ';') FROM (SELECT tag FROM student_tags WHERE student_id = s.id ORDER BY tag)), "
        "g.name, g.relation, g.phone, s.notes FROM students s "
        "LEFT JOIN guardians g ON g.id = (SELECT min(id) FROM guardians WHERE student_id = s.id) ORDER BY s.code"));
    if (!q)
        return q.error();
    QList<QStringList> records {StudentCsv::columns()};
    while (q.value().next()) {
        QStringList fields;
        for (int i = 0; i < 12; ++i)
            fields << q.value().value(i).toString();
        records.append(fields);
    }
    if (auto a = AuditLog::record(ctx, QStringLiteral("student"), QStringLiteral("*"), QStringLiteral("export"),
            QStringLiteral("%1 students").arg(records.size() - 1));
        !a)
        return a.error();
    return records;
}

} // namespace

Result<QByteArray> StudentCsv::exportCsv(const Context& ctx)
{
    auto records = exportRecords(ctx);
    if (!records)
        return records.error();
    return Csv::encodeForExcel(Csv::format(records.value()));
}

Result<int> StudentCsv::exportFile(const Context& ctx, const QString& path)
{
    auto records = exportRecords(ctx);
    if (!records)
        return records.error();
    const QByteArray bytes = Csv::encodeForExcel(Csv::format(records.value()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return int(records->size() - 1);
}

} // namespace td
