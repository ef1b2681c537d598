#pragma once

#include <QMainWindow>

#include <array>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace td::ui {

class Desk;
class IdleWatcher;
class SettingsPage;
class StudentsPage;
class SyncController;

// The desk's main window: navigation on the left, the chosen page on the right, the signed-in staff
// member and the center in the status bar. Locks itself after the center's idle time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The navigation, in order.
    enum class Page { Today, Students, Schedule, CheckIn, Payments, Insights, Sync, Settings };
    static constexpr int kPageCount = 8;

    explicit MainWindow(Desk& desk, QWidget* parent = nullptr);
    ~MainWindow() override;

    Desk& desk() const { return m_desk; }

    // Puts a feature's page in place of its "coming" placeholder.
    void setPage(Page page, QWidget* widget);
    QWidget* page(Page page) const;
    void showPage(Page page);
    Page currentPage() const;
    // Whether the signed-in role may see the page (its navigation entry is hidden otherwise).
    bool pageAllowed(Page page) const;

    StudentsPage* studentsPage() const { return m_students; }
    SettingsPage* settingsPage() const { return m_settings; }
    SyncController* syncController() const { return m_sync; }

    // Sync reports its state here (the status bar keeps a place for it).
    void setSyncStatus(const QString& text);

public Q_SLOTS:
    // Hides the desk and asks for a password (the same staff member's, or another's login).
    void lock();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void applyRole();
    void updateCenter();
    void showAbout();
    void backUp();
    QString pageTitle(Page page) const;

    Desk& m_desk;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_body = nullptr;
    QWidget* m_lockCover = nullptr;
    QLabel* m_staffLabel = nullptr;
    QLabel* m_centerLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    IdleWatcher* m_idle = nullptr;
    StudentsPage* m_students = nullptr;
    SettingsPage* m_settings = nullptr;
    SyncController* m_sync = nullptr;
    std::array<QWidget*, kPageCount> m_pageWidgets {};
    QAction* m_newStudent = nullptr;
    QAction* m_importStudents = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_exportStudents = nullptr;
    QAction* m_checkIn = nullptr;
    QAction* m_newSale = nullptr;
    bool m_locked = false;
};

} // namespace td::ui
