#include "main/Application.h"
#include "main/FontSetup.h"

int main(int argc, char** argv)
{
    dalil::FontSetup::apply();
    dalil::Application app(argc, argv);
    return app.run();
}
