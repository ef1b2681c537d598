#pragma once

namespace td::ui {

// What the main window may ask of a page, besides being a QWidget. Optional: a page that does not
// implement it is simply shown.
class DeskPage
{
public:
    virtual ~DeskPage() = default;
    // The page became the visible one (refresh what may have changed elsewhere).
    virtual void pageShown() { }
    // The page's main keyboard action: the scan field for check-in, a new sale for payments (F2, F3).
    virtual void primaryAction() { }
};

} // namespace td::ui
