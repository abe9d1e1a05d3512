#pragma once

#include <vector>

class QWidget;

namespace cd {

class AppSession;
class Page;

/// Every capability page, in navigation order. Add a page with one line in pagefactory.cpp.
std::vector<Page *> createPages(AppSession &session, QWidget *parent);

} // namespace cd
